package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.domain.Kind;
import org.sahelsim.palette.Colours;

class NetworkChartTest {
    private static Network net() {
        List<Network.Node> nodes = List.of(
                new Network.Node("A", "a", Kind.SEPARATIST, 3000, "CMA"),
                new Network.Node("B", "b", Kind.SEPARATIST, 500, "CMA"),
                new Network.Node("C", "c", Kind.PROGOVERNMENT, 1200, "Platform"),
                new Network.Node("D", "d", Kind.JIHADIST, 800, null));
        double[][] t = new double[4][4];
        t[0][1] = t[1][0] = 0.8;
        t[0][2] = t[2][0] = -0.6;
        return new Network(nodes, List.of("CMA", "Platform"), List.of(2, 5), t);
    }

    @Test
    void membersOfACoalitionSitNextToEachOtherWithAGapBetweenGroups() {
        Point2D[] at = NetworkChart.layout(net());
        double ab = at[0].distance(at[1]);
        double bc = at[1].distance(at[2]);
        assertTrue(ab < bc, "A-B (same coalition) closer than B-C (a gap between groups): " + ab + " vs " + bc);
    }

    /** Whether some pixel of the image (every other one sampled) has exactly colour c. */
    private static boolean has(BufferedImage img, Color c) {
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void fillsEachCoalitionWithTheColourOfItsIndexInTheWorldAsTheWindowDoes() {
        BufferedImage img = NetworkChart.draw(net(), "t", List.of("s"));
        assertEquals(NetworkChart.WIDTH, img.getWidth());
        assertTrue(ReportTest.colours(img) > 40);
        assertTrue(has(img, Colours.coalition(2)), "the CMA, coalition 2 of its world, fills its nodes");
        assertTrue(has(img, Colours.coalition(5)), "the Platform, coalition 5 of its world");
        assertFalse(has(img, Colours.coalition(0)), "not the colour of the first coalition drawn");
    }
}

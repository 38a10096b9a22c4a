package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return new Network(nodes, List.of("CMA", "Platform"), t);
    }

    @Test
    void membersOfACoalitionSitNextToEachOtherWithAGapBetweenGroups() {
        Point2D[] at = NetworkChart.layout(net());
        double ab = at[0].distance(at[1]);
        double bc = at[1].distance(at[2]);
        assertTrue(ab < bc, "A-B (same coalition) closer than B-C (a gap between groups): " + ab + " vs " + bc);
    }

    @Test
    void drawsTheCoalitionColoursOnAWhiteImage() {
        BufferedImage img = NetworkChart.draw(net(), "t", List.of("s"));
        assertEquals(NetworkChart.WIDTH, img.getWidth());
        assertTrue(ReportTest.colours(img) > 40);
        boolean first = false;
        for (int y = 0; y < img.getHeight() && !first; y += 2) {
            for (int x = 0; x < img.getWidth() && !first; x += 2) {
                first = (img.getRGB(x, y) & 0xFFFFFF) == Colours.coalition(0).getRGB() - 0xFF000000;
            }
        }
        assertTrue(first, "the first coalition's colour fills its nodes");
    }
}

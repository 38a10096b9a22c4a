package org.sahelsim.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.domain.Kind;

/**
 * The one look of a group, shared by the report's network charts and the classroom window: the
 * shapes TEACHING.md describes (circle separatist, square pro-government, triangle community
 * militia, pentagon jihadist) and one colour per coalition and per kind.
 */
class PaletteTest {
    /** The corners of a shape made of straight lines, or an empty list when it has a curve. */
    private static List<Point2D> corners(Shape s) {
        List<Point2D> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_CUBICTO || type == PathIterator.SEG_QUADTO) {
                return List.of();
            }
            Point2D p = new Point2D.Double(Math.round(c[0] * 1e6) / 1e6, Math.round(c[1] * 1e6) / 1e6);
            if (type != PathIterator.SEG_CLOSE && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void eachKindOfGroupHasTheShapeTheTeachingGuideDescribes() {
        assertEquals(List.of(), corners(KindShapes.of(Kind.SEPARATIST, 50, 50, 10)), "separatist: a circle");
        assertEquals(4, corners(KindShapes.of(Kind.PROGOVERNMENT, 50, 50, 10)).size(), "pro-government: a square");
        Rectangle2D square = KindShapes.of(Kind.PROGOVERNMENT, 50, 50, 10).getBounds2D();
        assertEquals(square.getWidth(), square.getHeight(), 1e-9);
        assertEquals(3, corners(KindShapes.of(Kind.COMMUNITY_MILITIA, 50, 50, 10)).size(), "community militia: a triangle");
        List<Point2D> pentagon = corners(KindShapes.of(Kind.JIHADIST, 50, 50, 10));
        assertEquals(5, pentagon.size(), "jihadist: a pentagon, not the diamond the report once drew");
        assertEquals(new Point2D.Double(50, 50 - 10.5), pentagon.get(0), "pointing up");
        assertEquals(List.of(), corners(KindShapes.of(null, 50, 50, 10)), "no kind: a circle");
        assertEquals(List.of(), corners(KindShapes.of(Kind.STATE, 50, 50, 10)), "not an armed group: a circle");
    }

    @Test
    void everyMarkerIsCentredAndAboutAsLargeAsItsCircle() {
        for (Kind k : Kind.FACTION_KINDS) {
            Rectangle2D b = KindShapes.of(k, 100, 200, 10).getBounds2D();
            assertTrue(b.getWidth() > 15 && b.getWidth() < 25 && b.getHeight() > 15 && b.getHeight() < 25, k + ": " + b);
            assertTrue(b.contains(100, 200), k + " covers its centre");
        }
    }

    @Test
    void coalitionsCycleThroughEightDistinctColoursAndAGroupAloneIsWhite() {
        Set<Color> seen = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            seen.add(Colours.coalition(i));
            assertEquals(Colours.coalition(i), Colours.coalition(i + 8));
            assertNotEquals(Colours.ALONE, Colours.coalition(i));
        }
        assertEquals(8, seen.size());
        assertEquals(Colours.coalition(7), Colours.coalition(-1));
        assertEquals(Color.WHITE, Colours.ALONE);
    }

    @Test
    void eachKindOfGroupHasItsOwnColourAndOtherActorsAreNeutral() {
        Set<Color> seen = new HashSet<>();
        for (Kind k : Kind.FACTION_KINDS) {
            seen.add(Colours.kind(k));
        }
        assertEquals(Kind.FACTION_KINDS.length, seen.size());
        assertEquals(Colours.NEUTRAL, Colours.kind(Kind.MINUSMA));
        assertFalse(seen.contains(Colours.NEUTRAL));
    }
}

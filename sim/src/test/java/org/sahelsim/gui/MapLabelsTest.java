package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The map's labels go where nothing else is: under their mark when free, else around it, never
 * over another label when there is room; a group's or a town's label with no room is left out
 * rather than written over another or cut by the map's edge.
 */
class MapLabelsTest {
    private static final Rectangle2D MAP = new Rectangle2D.Double(0, 0, 400, 300);

    @Test
    void aLabelWithRoomGoesUnderItsMark() {
        Rectangle2D mark = new Rectangle2D.Double(100, 100, 20, 20);
        List<Rectangle2D> at = MapLabels.place(List.of(new MapLabels.Item("MNLA", 40, 14, mark)), List.of(mark), MAP);
        assertEquals(new Rectangle2D.Double(90, 122, 40, 14), at.get(0));
    }

    @Test
    void twoMarksSideBySideGetLabelsThatDoNotOverlapNorCoverTheMarks() {
        Rectangle2D a = new Rectangle2D.Double(100, 100, 20, 20);
        Rectangle2D b = new Rectangle2D.Double(125, 100, 20, 20);
        List<Rectangle2D> at = MapLabels.place(List.of(new MapLabels.Item("CMFPR-I", 60, 14, a),
                new MapLabels.Item("CMFPR-II", 60, 14, b)), List.of(a, b), MAP);
        assertEquals(0.0, MapLabels.overlap(at.get(0), at.get(1)), at.toString());
        for (Rectangle2D label : at) {
            assertEquals(0.0, MapLabels.overlap(label, a) + MapLabels.overlap(label, b), label.toString());
        }
    }

    @Test
    void aRegionsNameStaysCentredWhereItBelongsWhenFreeAndMovesWhenAnotherNameIsThere() {
        Rectangle2D point = new Rectangle2D.Double(200, 150, 0, 0);
        Rectangle2D near = new Rectangle2D.Double(210, 152, 0, 0);
        List<Rectangle2D> at = MapLabels.place(List.of(new MapLabels.Item("Segou 5%", 80, 16, point),
                new MapLabels.Item("Mopti 13%", 80, 16, near)), List.of(), MAP);
        assertEquals(new Rectangle2D.Double(160, 142, 80, 16), at.get(0), "centred on its point");
        assertEquals(0.0, MapLabels.overlap(at.get(0), at.get(1)), "the second name moves: " + at);
    }

    @Test
    void aGroupsLabelWithNoRoomIsLeftOutRatherThanWrittenOverAnother() {
        // a region's name fills every place around a small mark: the group's label cannot be read anywhere
        Rectangle2D mark = new Rectangle2D.Double(100, 100, 4, 4);
        Rectangle2D wall = new Rectangle2D.Double(200, 150, 0, 0); // a name centred there covers the whole map
        List<Rectangle2D> at = MapLabels.place(List.of(new MapLabels.Item("Gao 29%", 400, 300, wall),
                new MapLabels.Item("CMFPR-I", 60, 14, mark, true)), List.of(), MAP);
        assertEquals(null, at.get(1), "left out: " + at);
        // a label that must be written is written, where it overlaps least
        List<Rectangle2D> kept = MapLabels.place(List.of(new MapLabels.Item("Gao 29%", 400, 300, wall),
                new MapLabels.Item("Kidal 70%", 60, 14, mark)), List.of(), MAP);
        assertEquals(2, kept.stream().filter(java.util.Objects::nonNull).count(), kept.toString());
    }

    @Test
    void aLabelAtTheMapsEdgeIsLeftOutRatherThanCut() {
        Rectangle2D mark = new Rectangle2D.Double(395, 290, 4, 4);
        Rectangle2D wide = new Rectangle2D.Double(0, 0, 400, 300);
        // every place around a mark in the corner is partly off the map once the rest is taken
        List<Rectangle2D> at = MapLabels.place(List.of(new MapLabels.Item("Mopti 19%", 392, 286, new Rectangle2D.Double(196, 143, 0, 0)),
                new MapLabels.Item("MNLA-Ifoghas", 90, 14, mark, true)), List.of(), wide);
        assertEquals(null, at.get(1), "left out: " + at);
    }

    @Test
    void aRegionsNameMovesAtMostTwoLinesOrHalfItsWidthFromItsPlace() {
        Rectangle2D point = new Rectangle2D.Double(200, 150, 0, 0);
        for (Rectangle2D c : MapLabels.candidates(new MapLabels.Item("Kidal 70%", 80, 16, point))) {
            assertEquals(true, Math.abs(c.getCenterX() - 200) <= 40 && Math.abs(c.getCenterY() - 150) <= 32, c.toString());
        }
    }
}

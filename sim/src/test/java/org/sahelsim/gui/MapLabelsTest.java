package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's labels go where nothing else is: under their mark when free, else around it, never over another label when there is room. */
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
}

package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.sahelsim.domain.Kind;
import org.sahelsim.palette.Colours;
import org.sahelsim.palette.KindShapes;

/**
 * The legends, drawn in the window's language: for the map (kinds by shape, coalitions by
 * colour, corridors, towns and hubs, MINUSMA, clashes and attacks, the influence shading, and a
 * reminder that regions are schematic) and for the network (ties, coalitions, new and gone
 * groups).
 */
public final class Legend extends JComponent {
    private static final long serialVersionUID = 1L;

    /** Which legend: the map's in rows (under a view), the map's in a column (beside it), the network's. */
    public enum Kind2 { MAP, MAP_COLUMN, NETWORK }

    /** A mark of the map in both map legends: its text key, icon and colours. */
    private record Entry(String key, Shape icon, Color fill, Color line) {
    }

    /** Hubs, towns, MINUSMA bases and mobile units, clashes and attacks, as the map draws them. */
    private static final List<Entry> MARKS = List.of(
            new Entry("legend.hub", Shapes.diamond(0, 0, 7), Colours.YELLOW, Palette.INK),
            new Entry("legend.town", new Ellipse2D.Double(-4, -4, 8, 8), Palette.INK, Palette.INK),
            new Entry("legend.base", new Rectangle2D.Double(-8, -5, 14, 9), Palette.MINUSMA, null),
            new Entry("legend.mobile", Shapes.chevron(0, 0, 7), Palette.MINUSMA_MOBILE, Palette.MINUSMA),
            new Entry("legend.clash", Shapes.star(0, 0, 9, 4, 8), Colours.VERMILLION, Colours.YELLOW),
            new Entry("legend.attack", Shapes.star(0, 0, 9, 4, 8), Colours.BLACK, Colours.YELLOW));

    private final Texts texts;
    private final Kind2 which;
    private final Supplier<Map<String, Color>> coalitions;
    /** The pen while a legend is drawn: where the next item goes (x) and its baseline (y). */
    private int x;
    private int y;

    public Legend(Texts texts, Kind2 which, Supplier<Map<String, Color>> coalitions) {
        this.texts = texts;
        this.which = which;
        this.coalitions = coalitions;
        setOpaque(true);
        texts.onChange(this::repaint);
    }

    @Override
    public Dimension getPreferredSize() {
        return switch (which) {
            case MAP -> new Dimension(400, 150);
            // two columns of marks need more room across (a short screen: the map is limited by its height)
            case MAP_COLUMN -> new Dimension(twoColumns ? TWO_COLUMNS_WIDTH : ONE_COLUMN_WIDTH, 600);
            default -> new Dimension(400, 78);
        };
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(new Color(0xCC, 0xCC, 0xCC));
        g.drawLine(0, 0, getWidth(), 0);
        switch (which) {
            case MAP -> paintMap(g);
            case MAP_COLUMN -> paintColumnFitted(g);
            default -> paintNetwork(g);
        }
    }

    /** Draws an icon (if any) moved to (dx, dy): filled, then outlined, in the colours given (null: not). */
    private static void icon(Graphics2D g, Shape icon, double dx, double dy, Color fill, Color line) {
        if (icon == null) {
            return;
        }
        Shape s = java.awt.geom.AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(icon);
        if (fill != null) {
            g.setColor(fill);
            g.fill(s);
        }
        if (line != null) {
            g.setColor(line);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(s);
        }
    }

    /** Draws an item at the pen (x, y), wrapping to a new row; the pen moves past it. */
    private void item(Graphics2D g, Shape icon, Color fill, Color line, String text) {
        FontMetrics fm = g.getFontMetrics();
        int w = 26 + fm.stringWidth(text) + 16;
        if (x + w > getWidth() - 4 && x > 8) {
            x = 8;
            y += 24;
        }
        icon(g, icon, x + 10, y - 5, fill, line);
        g.setColor(Palette.INK);
        g.drawString(text, x + 24, y);
        x += w;
    }

    /** Writes a heading at the start of the pen's row; the pen moves past it; then small type. */
    private void heading(Graphics2D g, String text) {
        g.setFont(Palette.CAPTION_BOLD);
        FontMetrics fm = g.getFontMetrics();
        x = 8;
        g.setColor(Palette.INK);
        g.drawString(text, x, y);
        x += fm.stringWidth(text) + 10;
        g.setFont(Palette.SMALL);
    }

    private void paintMap(Graphics2D g) {
        y = 20;
        heading(g, texts.t("legend.kinds") + ":");
        for (Kind k : Kind.FACTION_KINDS) {
            item(g, KindShapes.of(k, 0, 0, 8), Color.WHITE, Palette.INK, texts.t("kind." + k.label()));
        }
        y += 24;
        heading(g, texts.t("legend.coalitions") + ":");
        item(g, new Ellipse2D.Double(-8, -8, 16, 16), Colours.ALONE, Palette.INK, texts.t("legend.alone"));
        coalitions.get().forEach((name, colour) ->
                item(g, new Ellipse2D.Double(-8, -8, 16, 16), colour, Palette.INK, name));
        item(g, null, null, null, "· " + texts.t("legend.size"));
        y += 24;
        x = 8;
        g.setFont(Palette.SMALL);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colours.SKY_BLUE);
        g.draw(new Line2D.Double(x + 2, y - 5, x + 20, y - 5));
        item(g, null, null, null, texts.t("legend.routes"));
        MARKS.forEach(e -> item(g, e.icon(), e.fill(), e.line(), texts.t(e.key())));
        y += 24;
        heading(g, texts.t("legend.influence") + ":");
        g.setFont(Palette.SMALL);
        g.setColor(Palette.INK);
        g.drawString(texts.t("legend.influence.low"), x, y);
        int gx = x + g.getFontMetrics().stringWidth(texts.t("legend.influence.low")) + 6;
        shading(g, gx);
        g.drawString(texts.t("legend.influence.high"), gx + 126, y);
        int nx = gx + 126 + g.getFontMetrics().stringWidth(texts.t("legend.influence.high")) + 20;
        g.setColor(new Color(0x55, 0x55, 0x55));
        String note = texts.t("legend.regions");
        if (nx + g.getFontMetrics().stringWidth(note) > getWidth()) {
            nx = 8;
            y += 22;
        }
        g.drawString(note, nx, y);
    }

    /** One row of the column at the pen: an icon and its words; the pen moves to the next row's baseline. */
    private void row(Graphics2D g, Shape icon, Color fill, Color line, String text) {
        icon(g, icon, 20, y - 5, fill, line);
        g.setColor(Palette.INK);
        g.setFont(Palette.SMALL);
        for (String part : wrap(g, text, columnWidth - 44)) {
            g.drawString(part, 38, y);
            y += lineHeight();
        }
        y += 2;
    }

    /** A mark of the legend: its icon, the icon's colours (null: none) and its words. */
    private record Cell(Shape icon, Color fill, Color line, String text) {
    }

    /**
     * Cells one under the other, or, in two columns, two by two (each wrapping in half the
     * width); the pen moves under the last row.
     */
    private void cells(Graphics2D g, List<Cell> cells) {
        if (!twoColumns) {
            cells.forEach(c -> row(g, c.icon(), c.fill(), c.line(), c.text()));
            return;
        }
        g.setFont(Palette.SMALL);
        int half = columnWidth / 2;
        for (int i = 0; i < cells.size(); i += 2) {
            int lines = 1;
            for (int j = i; j < Math.min(i + 2, cells.size()); j++) {
                Cell c = cells.get(j);
                int x0 = (j - i) * half;
                icon(g, c.icon(), x0 + 20, y - 5, c.fill(), c.line());
                g.setColor(Palette.INK);
                List<String> parts = wrap(g, c.text(), half - 40);
                for (int k = 0; k < parts.size(); k++) {
                    g.drawString(parts.get(k), x0 + 36, y + lineHeight() * k);
                }
                lines = Math.max(lines, parts.size());
            }
            y += lineHeight() * lines + 2;
        }
    }

    /** The distance between two lines of the column legend's small type: closer in two columns. */
    private int lineHeight() {
        return twoColumns ? 17 : 19;
    }

    /** Width of the column legend when its marks stand one under the other. */
    static final int ONE_COLUMN_WIDTH = 236;
    /** Width of the column legend when its marks stand in two columns. */
    static final int TWO_COLUMNS_WIDTH = 310;
    /** Whether the column legend puts its marks in two columns (its height would not hold one). */
    private boolean twoColumns;
    /** The width the column legend is drawn in. */
    private int columnWidth = ONE_COLUMN_WIDTH;

    /**
     * The column legend: in one column when the height holds it; else the marks two by two in a
     * wider column, without the note on regions, so that every mark a lesson points at shows.
     */
    private void paintColumnFitted(Graphics2D g) {
        boolean two = getHeight() > 0 && oneColumnHeight() > getHeight();
        if (two != twoColumns) {
            twoColumns = two;
            // the wider column takes its room at the next layout
            javax.swing.SwingUtilities.invokeLater(this::revalidate);
        }
        columnWidth = getWidth();
        paintColumn(g);
    }

    /** The height the column legend needs in one column. */
    private int oneColumnHeight() {
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        boolean wasTwo = twoColumns;
        int wasWidth = columnWidth;
        twoColumns = false;
        columnWidth = ONE_COLUMN_WIDTH;
        paintColumn(g);
        int h = y;
        twoColumns = wasTwo;
        columnWidth = wasWidth;
        g.dispose();
        return h;
    }

    /** A title {@code gap} pixels below the pen's row; the pen moves to the row under it. */
    private void title(Graphics2D g, int gap, String text) {
        g.setFont(Palette.CAPTION_BOLD);
        g.setColor(Palette.INK);
        g.drawString(text, 8, y + gap + 4);
        y += gap + (twoColumns ? 22 : 24);
    }

    private void paintColumn(Graphics2D g) {
        y = 18;
        title(g, 0, texts.t("legend.kinds"));
        List<Cell> kinds = new java.util.ArrayList<>();
        for (Kind k : Kind.FACTION_KINDS) {
            kinds.add(new Cell(KindShapes.of(k, 0, 0, 8), Color.WHITE, Palette.INK, texts.t("kind." + k.label())));
        }
        cells(g, kinds);
        title(g, 4, texts.t("legend.coalitions"));
        List<Cell> sides = new java.util.ArrayList<>();
        sides.add(new Cell(new Ellipse2D.Double(-8, -8, 16, 16), Colours.ALONE, Palette.INK, texts.t("legend.alone")));
        int shown = 0;
        for (Map.Entry<String, Color> e : coalitions.get().entrySet()) {
            if (shown++ < 7) {
                sides.add(new Cell(new Ellipse2D.Double(-8, -8, 16, 16), e.getValue(), Palette.INK, e.getKey()));
            }
        }
        cells(g, sides);
        row(g, null, null, null, texts.t("legend.size"));
        title(g, 4, texts.t("legend.map"));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colours.SKY_BLUE);
        g.draw(new Line2D.Double(11, y - 5, 29, y - 5));
        row(g, null, null, null, texts.t("legend.route"));
        row(g, null, null, null, texts.t("legend.routecolour"));
        List<Cell> marks = new java.util.ArrayList<>();
        marks.add(new Cell(new Ellipse2D.Double(-9, -9, 18, 18), null, Colours.VERMILLION, texts.t("legend.holder")));
        MARKS.forEach(e -> marks.add(new Cell(e.icon(), e.fill(), e.line(), texts.t(e.key()))));
        cells(g, marks);
        if (twoColumns) {
            // the title and the shading on one row, its two ends named inside it: rows saved
            g.setFont(Palette.CAPTION_BOLD);
            String t = texts.t("legend.influence");
            int tx = 8 + g.getFontMetrics().stringWidth(t) + 10;
            y += 26;
            g.setColor(Palette.INK);
            g.drawString(t, 8, y);
            shading(g, tx);
            Graphics2D small = (Graphics2D) g.create();
            small.setFont(Palette.SMALL.deriveFont(Palette.SMALL.getSize2D() * 0.85f));
            FontMetrics fm = small.getFontMetrics();
            small.setColor(Palette.INK);
            small.drawString(texts.t("legend.influence.low"), tx + 3, y - 1);
            String high = texts.t("legend.influence.high");
            small.setColor(Color.WHITE);
            small.drawString(high, tx + 117 - fm.stringWidth(high), y - 1);
            small.dispose();
            y += 8;
            return;
        }
        title(g, 4, texts.t("legend.influence"));
        shading(g, 12);
        g.setFont(Palette.SMALL);
        y += 18;
        g.drawString(texts.t("legend.influence.low") + " → " + texts.t("legend.influence.high"), 12, y);
        y += 24;
        g.setColor(new Color(0x55, 0x55, 0x55));
        for (String line : wrap(g, texts.t("legend.regions"), columnWidth - 16)) {
            g.drawString(line, 8, y);
            y += 18;
        }
    }

    /** The influence shading, 120 pixels wide from x0 on the pen's row, outlined; then ink, thin stroke. */
    private void shading(Graphics2D g, int x0) {
        g.setPaint(new GradientPaint(x0, 0, Palette.INFLUENCE_LOW, x0 + 120, 0, Palette.INFLUENCE_HIGH));
        g.fillRect(x0, y - 13, 120, 15);
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x0, y - 13, 120, 15);
    }

    /**
     * A text in lines no wider than {@code width}, broken between words; a word too long for
     * the width breaks after its hyphen ("Pro-" / "gouvernemental").
     */
    private static List<String> wrap(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        // the pieces of the text, and what joins each to the next: a space, or nothing after a hyphen
        List<String> pieces = new java.util.ArrayList<>();
        List<String> joins = new java.util.ArrayList<>();
        for (String word : text.split(" ")) {
            int h = word.indexOf('-');
            if (fm.stringWidth(word) > width && h > 0 && h < word.length() - 1) {
                pieces.add(word.substring(0, h + 1));
                joins.add("");
                word = word.substring(h + 1);
            }
            pieces.add(word);
            joins.add(" ");
        }
        List<String> out = new java.util.ArrayList<>();
        String line = "";
        String join = "";
        for (int i = 0; i < pieces.size(); i++) {
            String next = line.isEmpty() ? pieces.get(i) : line + join + pieces.get(i);
            if (fm.stringWidth(next) > width && !line.isEmpty()) {
                out.add(line);
                line = pieces.get(i);
            } else {
                line = next;
            }
            join = joins.get(i);
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    private void paintNetwork(Graphics2D g) {
        y = 18;
        g.setFont(Palette.SMALL);
        g.setStroke(new BasicStroke(4f));
        g.setColor(Colours.BLUISH_GREEN);
        g.drawLine(8, y - 5, 26, y - 5);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {7f, 5f}, 0));
        g.setColor(Colours.VERMILLION);
        g.drawLine(30, y - 5, 48, y - 5);
        g.setColor(Palette.INK);
        x = 52;
        for (String part : texts.t("legend.network").split("; ")) {
            item(g, null, null, null, part + ";");
            x -= 26;
        }
        x += 26;
        Color halo = Palette.alpha(Colours.YELLOW, 230);
        item(g, new Ellipse2D.Double(-9, -9, 18, 18), halo, null, texts.t("legend.new"));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4f, 3f}, 0));
        Color ghost = new Color(0x88, 0x88, 0x88);
        item(g, new Ellipse2D.Double(-8, -8, 16, 16), null, ghost, texts.t("legend.gone"));
    }
}

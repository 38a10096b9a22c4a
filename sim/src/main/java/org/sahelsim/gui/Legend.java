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

    private final Texts texts;
    private final Kind2 which;
    private final Supplier<Map<String, Color>> coalitions;

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
            case MAP_COLUMN -> new Dimension(236, 600);
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
        if (which == Kind2.MAP) {
            paintMap(g);
        } else if (which == Kind2.MAP_COLUMN) {
            paintColumn(g);
        } else {
            paintNetwork(g);
        }
    }

    /** Draws items left to right, wrapping; returns the x after the item. */
    private int[] item(Graphics2D g, int x, int y, Shape icon, Color fill, Color line, String text) {
        FontMetrics fm = g.getFontMetrics();
        int w = 26 + fm.stringWidth(text) + 16;
        if (x + w > getWidth() - 4 && x > 8) {
            x = 8;
            y += 24;
        }
        if (icon != null) {
            java.awt.geom.AffineTransform t = java.awt.geom.AffineTransform.getTranslateInstance(x + 10, y - 5);
            Shape s = t.createTransformedShape(icon);
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
        g.setColor(Palette.INK);
        g.drawString(text, x + 24, y);
        return new int[] {x + w, y};
    }

    private int heading(Graphics2D g, int x, int y, String text) {
        g.setFont(Palette.CAPTION_BOLD);
        FontMetrics fm = g.getFontMetrics();
        if (x + fm.stringWidth(text) + 40 > getWidth() && x > 8) {
            x = 8;
        }
        g.setColor(Palette.INK);
        g.drawString(text, x, y);
        int nx = x + fm.stringWidth(text) + 10;
        g.setFont(Palette.SMALL);
        return nx;
    }

    private void paintMap(Graphics2D g) {
        int y = 20;
        int x = heading(g, 8, y, texts.t("legend.kinds") + ":");
        for (Kind k : Kind.FACTION_KINDS) {
            int[] p = item(g, x, y, KindShapes.of(k, 0, 0, 8), Color.WHITE, Palette.INK, texts.t("kind." + k.label()));
            x = p[0];
            y = p[1];
        }
        y += 24;
        x = heading(g, 8, y, texts.t("legend.coalitions") + ":");
        int[] p = item(g, x, y, new Ellipse2D.Double(-8, -8, 16, 16), Colours.ALONE, Palette.INK, texts.t("legend.alone"));
        x = p[0];
        y = p[1];
        for (Map.Entry<String, Color> e : coalitions.get().entrySet()) {
            p = item(g, x, y, new Ellipse2D.Double(-8, -8, 16, 16), e.getValue(), Palette.INK, e.getKey());
            x = p[0];
            y = p[1];
        }
        p = item(g, x, y, null, null, null, "· " + texts.t("legend.size"));
        y = p[1] + 24;
        x = 8;
        g.setFont(Palette.SMALL);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colours.SKY_BLUE);
        g.draw(new Line2D.Double(x + 2, y - 5, x + 20, y - 5));
        p = item(g, x, y, null, null, null, texts.t("legend.routes"));
        p = item(g, p[0], p[1], Shapes.diamond(0, 0, 7), Colours.YELLOW, Palette.INK, texts.t("legend.hub"));
        p = item(g, p[0], p[1], new Ellipse2D.Double(-4, -4, 8, 8), Palette.INK, Palette.INK, texts.t("legend.town"));
        p = item(g, p[0], p[1], new Rectangle2D.Double(-8, -5, 14, 9), Palette.MINUSMA, null, texts.t("legend.base"));
        p = item(g, p[0], p[1], Shapes.chevron(0, 0, 7), Palette.MINUSMA_MOBILE, Palette.MINUSMA, texts.t("legend.mobile"));
        p = item(g, p[0], p[1], Shapes.star(0, 0, 9, 4, 8), Colours.VERMILLION, Colours.YELLOW, texts.t("legend.clash"));
        p = item(g, p[0], p[1], Shapes.star(0, 0, 9, 4, 8), Colours.BLACK, Colours.YELLOW, texts.t("legend.attack"));
        y = p[1] + 24;
        x = heading(g, 8, y, texts.t("legend.influence") + ":");
        g.setFont(Palette.SMALL);
        g.setColor(Palette.INK);
        g.drawString(texts.t("legend.influence.low"), x, y);
        int gx = x + g.getFontMetrics().stringWidth(texts.t("legend.influence.low")) + 6;
        g.setPaint(new GradientPaint(gx, 0, Palette.INFLUENCE_LOW, gx + 120, 0, Palette.INFLUENCE_HIGH));
        g.fillRect(gx, y - 13, 120, 15);
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(gx, y - 13, 120, 15);
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

    /** One row of the column: an icon and its words; returns the next row's baseline. */
    private int row(Graphics2D g, int y, Shape icon, Color fill, Color line, String text) {
        if (icon != null) {
            Shape s = java.awt.geom.AffineTransform.getTranslateInstance(20, y - 5).createTransformedShape(icon);
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
        g.setColor(Palette.INK);
        g.setFont(Palette.SMALL);
        for (String part : wrap(g, text, getWidth() - 44)) {
            g.drawString(part, 38, y);
            y += 19;
        }
        return y + 2;
    }

    private int title(Graphics2D g, int y, String text) {
        g.setFont(Palette.CAPTION_BOLD);
        g.setColor(Palette.INK);
        g.drawString(text, 8, y + 4);
        return y + 24;
    }

    private void paintColumn(Graphics2D g) {
        int y = 18;
        y = title(g, y, texts.t("legend.kinds"));
        for (Kind k : Kind.FACTION_KINDS) {
            y = row(g, y, KindShapes.of(k, 0, 0, 8), Color.WHITE, Palette.INK, texts.t("kind." + k.label()));
        }
        y = title(g, y + 4, texts.t("legend.coalitions"));
        y = row(g, y, new Ellipse2D.Double(-8, -8, 16, 16), Colours.ALONE, Palette.INK, texts.t("legend.alone"));
        int shown = 0;
        for (Map.Entry<String, Color> e : coalitions.get().entrySet()) {
            if (shown++ < 7) {
                y = row(g, y, new Ellipse2D.Double(-8, -8, 16, 16), e.getValue(), Palette.INK, e.getKey());
            }
        }
        y = row(g, y, null, null, null, texts.t("legend.size"));
        y = title(g, y + 4, texts.t("legend.map"));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colours.SKY_BLUE);
        g.draw(new Line2D.Double(11, y - 5, 29, y - 5));
        y = row(g, y, null, null, null, texts.t("legend.route"));
        y = row(g, y, null, null, null, texts.t("legend.routecolour"));
        y = row(g, y, new Ellipse2D.Double(-9, -9, 18, 18), null, Colours.VERMILLION, texts.t("legend.holder"));
        y = row(g, y, Shapes.diamond(0, 0, 7), Colours.YELLOW, Palette.INK, texts.t("legend.hub"));
        y = row(g, y, new Ellipse2D.Double(-4, -4, 8, 8), Palette.INK, Palette.INK, texts.t("legend.town"));
        y = row(g, y, new Rectangle2D.Double(-8, -5, 14, 9), Palette.MINUSMA, null, texts.t("legend.base"));
        y = row(g, y, Shapes.chevron(0, 0, 7), Palette.MINUSMA_MOBILE, Palette.MINUSMA, texts.t("legend.mobile"));
        y = row(g, y, Shapes.star(0, 0, 9, 4, 8), Colours.VERMILLION, Colours.YELLOW, texts.t("legend.clash"));
        y = row(g, y, Shapes.star(0, 0, 9, 4, 8), Colours.BLACK, Colours.YELLOW, texts.t("legend.attack"));
        y = title(g, y + 4, texts.t("legend.influence"));
        g.setPaint(new GradientPaint(12, 0, Palette.INFLUENCE_LOW, 132, 0, Palette.INFLUENCE_HIGH));
        g.fillRect(12, y - 13, 120, 15);
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(12, y - 13, 120, 15);
        g.setFont(Palette.SMALL);
        y += 18;
        g.drawString(texts.t("legend.influence.low") + " → " + texts.t("legend.influence.high"), 12, y);
        y += 24;
        g.setColor(new Color(0x55, 0x55, 0x55));
        for (String line : wrap(g, texts.t("legend.regions"), getWidth() - 16)) {
            g.drawString(line, 8, y);
            y += 18;
        }
    }

    private static java.util.List<String> wrap(Graphics2D g, String text, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (g.getFontMetrics().stringWidth(next) > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private void paintNetwork(Graphics2D g) {
        int y = 18;
        g.setFont(Palette.SMALL);
        g.setStroke(new BasicStroke(4f));
        g.setColor(Colours.BLUISH_GREEN);
        g.drawLine(8, y - 5, 26, y - 5);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {7f, 5f}, 0));
        g.setColor(Colours.VERMILLION);
        g.drawLine(30, y - 5, 48, y - 5);
        g.setColor(Palette.INK);
        int x = 52;
        int[] p = {x, y};
        for (String part : texts.t("legend.network").split("; ")) {
            p = item(g, p[0], p[1], null, null, null, part + ";");
            p[0] -= 26;
        }
        p = item(g, p[0] + 26, p[1], new Ellipse2D.Double(-9, -9, 18, 18), Palette.alpha(Colours.YELLOW, 230), null,
                texts.t("legend.new"));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4f, 3f}, 0));
        item(g, p[0], p[1], new Ellipse2D.Double(-8, -8, 16, 16), null, new Color(0x88, 0x88, 0x88), texts.t("legend.gone"));
    }
}

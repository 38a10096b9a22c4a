package org.sahelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.sahelsim.palette.Colours;

/**
 * Colours, fonts and strokes shared by every chart. Colours are the Okabe-Ito palette of
 * {@link Colours}, the window's too (readers with the common forms of colour blindness can tell
 * them apart); the baseline is always black so it stands out. Fonts are large because the charts
 * are read shrunk inside a page.
 */
final class Style {
    private Style() {
    }

    /** A drawing surface on {@code img}, smoothed, filled white; the caller disposes of it. */
    static java.awt.Graphics2D canvas(java.awt.image.BufferedImage img) {
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    static final Color GREY = new Color(0x9A9A9A);
    static final Color LIGHT_GRID = new Color(0xDDDDDD);

    /** Colours for the variants after the baseline, in order (yellow last: weak on white). */
    private static final Color[] VARIANTS = {Colours.BLUE, Colours.VERMILLION, Colours.BLUISH_GREEN,
        Colours.REDDISH_PURPLE, Colours.ORANGE, Colours.SKY_BLUE, Colours.YELLOW};

    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 18);
    static final Font PANEL_TITLE = new Font(FAMILY, Font.BOLD, 22);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.BOLD, 20);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 17);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 18);
    static final Font NODE_LABEL = new Font(FAMILY, Font.BOLD, 16);
    static final Font NOTE = new Font(FAMILY, Font.PLAIN, 15);

    static final Stroke MEDIAN = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke REFERENCE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {8f, 6f}, 0f);

    /** Colour of the {@code i}-th variant in file order (0 is the baseline: black). */
    static Color variant(int i) {
        return i == 0 ? Colours.BLACK : VARIANTS[(i - 1) % VARIANTS.length];
    }

    /** The colour with an alpha in [0, 1]. */
    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }
}

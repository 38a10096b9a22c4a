package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Font;
import org.sahelsim.palette.Colours;

/**
 * The window's own colours and fonts, made for a projector: large type, the map's background and
 * shading. The colours of groups, coalitions and kinds, and the Okabe-Ito colours (safe for the
 * common forms of colour blindness), are the report's too: {@link Colours}.
 */
public final class Palette {
    private Palette() {
    }

    /** Sea of the map beyond the schematic regions. */
    public static final Color BACKGROUND = new Color(0xF4, 0xF1, 0xEA);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** MINUSMA: blue bases, sky-blue mobile units. */
    public static final Color MINUSMA = Colours.BLUE;
    public static final Color MINUSMA_MOBILE = Colours.SKY_BLUE;
    /** The light and dark ends of the jihadist-influence shading (one hue, lightness only). */
    public static final Color INFLUENCE_LOW = new Color(0xFF, 0xFF, 0xFF);
    public static final Color INFLUENCE_HIGH = new Color(0x7A, 0x4A, 0x12);

    /** The influence shading for an influence in [0, 1]. */
    public static Color influence(double j) {
        double t = Math.max(0, Math.min(1, j));
        return mix(INFLUENCE_LOW, INFLUENCE_HIGH, t);
    }

    public static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    public static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /**
     * How much larger than its design size type is drawn: the sizes below are made for a
     * 1600x1000 window and kept down to a projector of 1280x800 (smaller would not read from the
     * back of a room); a larger screen (a wall projector of 2560x1440, say) scales them up, to
     * at most 1.6 times. 1 without a display.
     */
    public static final float SCALE = scale();

    private static float scale() {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                return 1f;
            }
            java.awt.Rectangle r = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            return (float) Math.max(1.0, Math.min(1.6, Math.min(r.width / 1600.0, r.height / 1000.0)));
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            return 1f;
        }
    }

    /** A font of the design size {@code size}, scaled to the screen. */
    public static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, Math.round(size * SCALE));
    }

    /** Projector type sizes. */
    public static final Font TITLE = font(Font.BOLD, 22);
    public static final Font CAPTION = font(Font.PLAIN, 16);
    public static final Font CAPTION_BOLD = font(Font.BOLD, 16);
    public static final Font BODY = font(Font.PLAIN, 17);
    public static final Font LABEL = font(Font.BOLD, 15);
    public static final Font SMALL = font(Font.PLAIN, 14);
    public static final Font REGION = font(Font.BOLD | Font.ITALIC, 18);
}

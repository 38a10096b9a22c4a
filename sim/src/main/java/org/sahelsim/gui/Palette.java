package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Font;
import org.sahelsim.domain.Kind;

/**
 * Colours and fonts made for a projector: the Okabe-Ito palette (safe for the common forms of
 * colour blindness; Okabe and Ito 2008), shapes that repeat what colours say, and large type.
 */
public final class Palette {
    private Palette() {
    }

    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color BLACK = Color.BLACK;

    /** Coalitions in the order they appear in the world (then cycling). */
    private static final Color[] COALITIONS = {SKY_BLUE, VERMILLION, REDDISH_PURPLE, YELLOW, BLUISH_GREEN, ORANGE,
        BLUE, new Color(0x66, 0x66, 0x66)};

    /** A faction standing alone. */
    public static final Color ALONE = Color.WHITE;
    /** Things nobody holds, empty routes. */
    public static final Color NEUTRAL = new Color(0x99, 0x99, 0x99);
    /** Sea of the map beyond the schematic regions. */
    public static final Color BACKGROUND = new Color(0xF4, 0xF1, 0xEA);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** MINUSMA: blue bases, sky-blue mobile units. */
    public static final Color MINUSMA = BLUE;
    public static final Color MINUSMA_MOBILE = SKY_BLUE;
    /** The light and dark ends of the jihadist-influence shading (one hue, lightness only). */
    public static final Color INFLUENCE_LOW = new Color(0xFF, 0xFF, 0xFF);
    public static final Color INFLUENCE_HIGH = new Color(0x7A, 0x4A, 0x12);

    /** The colour of the i-th coalition of the world. */
    public static Color coalition(int index) {
        return COALITIONS[Math.floorMod(index, COALITIONS.length)];
    }

    /** Colours of kinds of group, for charts by kind. */
    public static Color kind(Kind k) {
        return switch (k) {
            case SEPARATIST -> ORANGE;
            case PROGOVERNMENT -> BLUE;
            case COMMUNITY_MILITIA -> BLUISH_GREEN;
            case JIHADIST -> BLACK;
            default -> NEUTRAL;
        };
    }

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

    /** Black or white, whichever reads better on a colour. */
    public static Color textOn(Color c) {
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 140 ? INK : Color.WHITE;
    }

    /** Projector type sizes. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    public static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font CAPTION_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    public static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font REGION = new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 18);
}

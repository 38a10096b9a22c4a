package org.sahelsim.palette;

import java.awt.Color;
import org.sahelsim.domain.Kind;

/**
 * The one palette of the report's charts and the classroom window: the Okabe-Ito colours
 * (Okabe and Ito, "Color Universal Design", 2008), which readers with the common forms of colour
 * blindness can tell apart, so that a coalition or a kind of group has the same colour on a
 * projector and in a report. Rules: the i-th coalition of a world takes the i-th colour of
 * {@link #coalition}, cycling after eight; a group standing alone is white ({@link #ALONE}); a
 * kind of group has the colour of {@link #kind}.
 */
public final class Colours {
    private Colours() {
    }

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** What belongs to no side: a kind of actor that is not an armed group, a town nobody holds, an empty route. */
    public static final Color NEUTRAL = new Color(0x999999);
    /** A group standing alone: left white, so that colour always means a coalition. */
    public static final Color ALONE = Color.WHITE;

    /** Coalitions in the order they appear in the world (then cycling). */
    private static final Color[] COALITIONS = {SKY_BLUE, VERMILLION, REDDISH_PURPLE, YELLOW, BLUISH_GREEN, ORANGE,
        BLUE, new Color(0x66, 0x66, 0x66)};

    /** The colour of the i-th coalition of the world (any whole number: it cycles). */
    public static Color coalition(int index) {
        return COALITIONS[Math.floorMod(index, COALITIONS.length)];
    }

    /** The colour of a kind of group, for charts by kind ({@link #NEUTRAL} for the state and the international actors). */
    public static Color kind(Kind k) {
        return switch (k) {
            case SEPARATIST -> ORANGE;
            case PROGOVERNMENT -> BLUE;
            case COMMUNITY_MILITIA -> BLUISH_GREEN;
            case JIHADIST -> BLACK;
            default -> NEUTRAL;
        };
    }
}

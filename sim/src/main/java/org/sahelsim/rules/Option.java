package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;

/**
 * One alignment a faction can choose in a month: stay as it is, join a coalition (from
 * standing alone), switch to another coalition, leave to stand alone, or found a new
 * coalition with a partner standing alone (an alliance with jihadists is joining or founding
 * one with jihadist members).
 */
public record Option(Type type, Coalition target, Faction partner) {

    public enum Type { STAY, JOIN, SWITCH, LEAVE, FORM }

    public Option {
        if ((type == Type.JOIN || type == Type.SWITCH) && target == null) {
            throw new IllegalArgumentException(type + " needs a target coalition");
        }
        if (type == Type.FORM && partner == null) {
            throw new IllegalArgumentException("FORM needs a partner");
        }
    }

    public static final Option STAY = new Option(Type.STAY, null, null);
    public static final Option LEAVE = new Option(Type.LEAVE, null, null);

    /** Whether choosing it changes the faction's alignment. */
    public boolean isChange() {
        return type != Type.STAY;
    }

    /** The factions on the chooser's side under this option, the chooser first. */
    public List<Faction> side(Faction f) {
        List<Faction> s = new ArrayList<>();
        s.add(f);
        switch (type) {
            case STAY -> {
                if (f.coalition != null) {
                    for (Faction m : f.coalition.members) {
                        if (m != f) {
                            s.add(m);
                        }
                    }
                }
            }
            case JOIN, SWITCH -> {
                for (Faction m : target.members) {
                    if (m != f) {
                        s.add(m);
                    }
                }
            }
            case FORM -> s.add(partner);
            case LEAVE -> {
            }
        }
        return s;
    }

    /** The coalition the chooser ends up in, or null when it stands alone or founds a new one. */
    public Coalition resultingCoalition(Faction f) {
        return switch (type) {
            case STAY -> f.coalition;
            case JOIN, SWITCH -> target;
            case LEAVE, FORM -> null;
        };
    }

    /** Short label for event details. */
    public String label() {
        return switch (type) {
            case STAY -> "stay";
            case LEAVE -> "leave";
            case JOIN -> "join:" + target.name;
            case SWITCH -> "switch:" + target.name;
            case FORM -> "form:" + partner.id;
        };
    }
}

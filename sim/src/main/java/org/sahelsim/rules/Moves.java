package org.sahelsim.rules;

import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Changes of membership and the events they write: join, leave, switch, found, dissolve.
 * Signatory status follows a rule, not a list: a faction that joins a signatory coalition
 * (accepted by its members) takes on the accord's obligations and dividends.
 */
public final class Moves {
    private Moves() {
    }

    /** Region name of a faction for events: its main home region. */
    public static String regionOf(World w, Faction f) {
        Region r = w.regions[f.mainRegion()];
        return r.name;
    }

    static void log(World w, EventType type, Faction actor, String other, Kind otherKind, String region, String detail) {
        w.journal.log(new Event(w.month, type, actor.id, actor.kind, other, otherKind, region, detail));
    }

    /** Logs the event of a decision, handing the journal the utilities its rule compared. */
    static void log(World w, EventType type, Faction actor, String other, Kind otherKind, String region, Decision d) {
        w.journal.decision(new Event(w.month, type, actor.id, actor.kind, other, otherKind, region, d.detail()),
                d.utility(), d.stayUtility());
    }

    /** Puts a standing-alone faction into a coalition. */
    public static void enter(World w, Faction f, Coalition c) {
        if (f.coalition != null) {
            throw new IllegalStateException(f.id + " is already in " + f.coalition.name);
        }
        w.version++;
        c.members.add(f);
        f.coalition = c;
        if (f.recognised && (c.signatory || Recognition.hasJihadist(c))) {
            // a party that joins a signatory coalition is paid as its members are; one that allies
            // with jihadists loses its seat (the accord excluded them and their allies)
            f.recognised = false;
            f.signatory = c.signatory && !f.isJihadist();
        }
        if (c.signatory && !f.isJihadist()) {
            f.signatory = true;
        }
        for (Faction m : c.members) {
            if (m != f) {
                w.ties.add(f, m, w.p.joinTieChange());
            }
        }
    }

    /**
     * Takes a faction out of its coalition; dissolves the coalition if fewer than two remain.
     * Leaving a signatory coalition ends the faction's part in the accord: it is no longer a
     * signatory (the accord was signed by coalitions; its obligations and payments go through them).
     */
    public static void exit(World w, Faction f) {
        Coalition c = f.coalition;
        if (c == null) {
            return;
        }
        w.version++;
        c.members.remove(f);
        f.coalition = null;
        if (c.signatory) {
            f.signatory = false;
            f.integrated = false;
        }
        for (Faction m : c.members) {
            w.ties.add(f, m, w.p.leaveTieChange());
        }
        dissolveIfEmpty(w, c);
    }

    /** A coalition left with one member or none ends; its last member stands alone. */
    public static void dissolveIfEmpty(World w, Coalition c) {
        if (!c.alive || c.members.size() >= 2) {
            return;
        }
        w.version++;
        c.alive = false;
        if (c.members.isEmpty()) {
            return;
        }
        Faction last = c.members.get(0);
        c.members.clear();
        last.coalition = null;
        log(w, EventType.COALITION_DISSOLVED, last, c.name, null, regionOf(w, last), "members=1");
    }

    /** Founds a new coalition of two factions standing alone. */
    public static Coalition found(World w, Faction f, Faction g) {
        Kind kind = f.isJihadist() || g.isJihadist() ? Kind.JIHADIST : f.kind;
        Coalition c = new Coalition(w.freshId(f.id + "+" + g.id), kind, false);
        c.index = w.coalitions.size();
        w.coalitions.add(c);
        enter(w, f, c);
        enter(w, g, c);
        return c;
    }
}

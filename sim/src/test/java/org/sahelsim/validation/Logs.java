package org.sahelsim.validation;

import java.time.YearMonth;
import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/** Hand-built event logs for the measure tests: a run from 2012-01 of 41 months. */
final class Logs {
    static final Kind SEP = Kind.SEPARATIST;
    static final Kind PRO = Kind.PROGOVERNMENT;
    static final Kind MIL = Kind.COMMUNITY_MILITIA;
    static final Kind JIH = Kind.JIHADIST;

    private Logs() {
    }

    /** A builder with the six groups of January 2012 standing alone. */
    static RunLog.Builder history() {
        return new RunLog.Builder(YearMonth.of(2012, 1), 41)
                .faction("MNLA", SEP, null).faction("AD", JIH, null).faction("AQIM", JIH, null)
                .faction("MUJAO", JIH, null).faction("GK", MIL, null).faction("GI", MIL, null);
    }

    static Event ev(int step, EventType type, String actor, Kind actorKind, String other, Kind otherKind, String detail) {
        return new Event(step, type, actor, actorKind, other, otherKind, null, detail);
    }

    /** The two events of a founding: coalition_formed by {@code a}, then {@code b}'s join. */
    static List<Event> found(int step, String a, Kind ak, String b, Kind bk, String name) {
        return List.of(ev(step, EventType.COALITION_FORMED, a, ak, name, null, "option=form"),
                ev(step, EventType.JOIN, b, bk, name, null, "option=form:" + a));
    }

    static Event join(int step, String f, Kind k, String coalition) {
        return ev(step, EventType.JOIN, f, k, coalition, null, "");
    }

    static Event leave(int step, String f, Kind k, String coalition) {
        return ev(step, EventType.LEAVE, f, k, coalition, null, "");
    }

    static Event dissolved(int step, String last, Kind k, String coalition) {
        return ev(step, EventType.COALITION_DISSOLVED, last, k, coalition, null, "members=1");
    }

    static Event split(int step, String parent, Kind pk, String child, Kind ck) {
        return ev(step, EventType.SPLIT, parent, pk, child, ck, "bloc=x");
    }

    static Event mobilize(int step, String f, Kind k) {
        return ev(step, EventType.MOBILIZE, f, k, null, null, "community=x");
    }

    static Event capture(int step, String by, Kind bk, String from, Kind fk, String place) {
        return ev(step, EventType.CAPTURE, by, bk, from, fk, "place=" + place);
    }

    static Event clash(int step, String a, Kind ak, String b, Kind bk, String route) {
        return ev(step, EventType.CLASH, a, ak, b, bk, "route=" + route + ";fatalities=3");
    }

    static Event merge(int step, String big, Kind bk, String small, Kind sk) {
        return ev(step, EventType.MERGE, big, bk, small, sk, "absorbed=" + small);
    }
}

package org.sahelsim.gui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahelsim.record.Event;

/**
 * Turns an event into one plain sentence with its reason, built from the event's detail
 * terms (docs/MODEL.md, "How to read a decision"): for a decision, its largest positive term
 * (what drew the faction to the option; the cost of changing is never a reason); for a split, also how long no dividends reached the bloc, the
 * route whose rent it would keep and the parent's cohesion; for clashes, attacks and captures,
 * where and how many died. Words come from {@link Texts}, so the same events read in English or
 * French.
 */
public final class Narrator {
    /** Below this cohesion a split's sentence mentions the parent's cohesion. */
    static final double LOW_COHESION = 0.45;
    /** From this many months without dividends a split's sentence mentions them. */
    static final int MONTHS_WITHOUT_DIVIDEND = 2;

    private final Texts texts;
    private final YearMonth start;

    public Narrator(Texts texts, YearMonth start) {
        this.texts = texts;
        this.start = start;
    }

    /** The detail's key=value pairs, in order. */
    public static Map<String, String> terms(String detail) {
        return org.sahelsim.record.Details.parse(detail);
    }

    /** "Month 15 (September 2016): " and the sentence. */
    public String sentence(Event e) {
        return texts.f("narr.prefix", e.step(), texts.month(start.plusMonths(e.step()))) + capitalise(body(e));
    }

    /** The sentence without the month. */
    public String body(Event e) {
        Map<String, String> d = terms(e.detail());
        String a = readable(e.actor());
        String o = e.other() == null ? "" : readable(e.other());
        return switch (e.type()) {
            case SPLIT -> texts.f("narr.split", d.getOrDefault("bloc", "?"), a, o, splitReasons(a, d));
            case MERGE -> texts.f("narr.merge", a, o, decisionReason(d));
            case JOIN -> d.getOrDefault("option", "").startsWith("form:")
                    ? texts.f("narr.join.form", a, o, d.get("option").substring(5), decisionReason(d))
                    : texts.f("narr.join", a, o, decisionReason(d));
            case LEAVE -> texts.f("narr.leave", a, o, decisionReason(d));
            case SWITCH -> texts.f("narr.switch", a, o, decisionReason(d));
            case COALITION_FORMED -> d.getOrDefault("option", "").startsWith("form:")
                    ? texts.f("narr.formed.with", a, o, d.get("option").substring(5), decisionReason(d))
                    : texts.f("narr.formed", a, o);
            case COALITION_DISSOLVED -> texts.f("narr.dissolved", a, o);
            case CLASH -> d.containsKey("place")
                    ? texts.f("narr.clash.town", holder(a), holder(o), texts.place(d.get("place")), killed(d, "fatalities"),
                        texts.t("1".equals(d.get("taken")) ? "narr.clash.town.taken" : "narr.clash.town.held"))
                    : texts.f("narr.clash", a, o, texts.route(d.getOrDefault("route", "?")),
                        killed(d, "fatalities"), readable(d.getOrDefault("loser", "?")), texts.whole(number(d, "rent")));
            case ATTACK -> texts.f("narr.attack", a, target(o), place(e, d), killed(d, "fatalities"));
            case CAPTURE -> o.isEmpty()
                    ? texts.f("narr.capture.none", holder(a), texts.place(d.getOrDefault("place", "?")))
                    : texts.f("narr.capture", holder(a), texts.place(d.getOrDefault("place", "?")), holder(o));
            case MOBILIZE -> texts.f("narr.mobilize", readable(d.getOrDefault("community", "?")),
                    e.region() == null ? "?" : texts.place(e.region()), a);
            case DISBAND -> d.containsKey("absorbed_by")
                    ? texts.f("narr.disband.heir", a, texts.whole(number(d, "fighters")), d.get("absorbed_by"))
                    : texts.f("narr.disband", a, texts.whole(number(d, "fighters")));
            case DISPUTE_SETTLED -> texts.f("narr.dispute", a, o, texts.route(d.getOrDefault("route", "?")),
                    texts.whole(number(d, "rent")));
            case RECOGNITION -> texts.f("narr.recognition", a, texts.whole(number(d, "fighters")));
            case COMMUNAL_VIOLENCE -> texts.f("narr.communal", a, o, e.region() == null ? "?" : texts.place(e.region()),
                    killed(d, "deaths"));
            case ARMY_ASSAULT -> texts.f("narr.clash.town", holder(a), holder(o), texts.place(d.getOrDefault("place", "?")),
                    killed(d, "fatalities"),
                    texts.t("1".equals(d.get("taken")) ? "narr.clash.town.taken" : "narr.clash.town.held"));
            case PLEDGE -> "1".equals(d.get("whole")) ? texts.f("narr.pledge.whole", a)
                    : texts.f("narr.pledge", d.getOrDefault("bloc", "?"), a);
        };
    }

    /** "3 killed", "1 killed", "no one killed" ("3 morts", "1 mort", "aucun mort"): the count and its word agree. */
    private String killed(Map<String, String> d, String key) {
        return texts.f("narr.killed", Math.round(number(d, key)));
    }

    /**
     * A group's identifier as a class reads it: the underscores of a generated name are spaces
     * ("AQIM-Kel_Ansar" reads "AQIM-Kel Ansar").
     */
    static String readable(String id) {
        return id == null ? null : id.replace('_', ' ');
    }

    private String place(Event e, Map<String, String> d) {
        String p = d.get("place");
        return texts.place(p != null ? p : e.region() == null ? "?" : e.region());
    }

    private String target(String other) {
        String key = "target." + other;
        return texts.has(key) ? texts.t(key) : other;
    }

    private String holder(String id) {
        String key = "holder." + id;
        return texts.has(key) ? texts.t(key) : id;
    }

    /** A term's number; 0 when it is missing or not a number. */
    static double number(Map<String, String> d, String key) {
        try {
            return Double.parseDouble(d.getOrDefault(key, "0"));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    /** Terms that can be a reason: the utility terms and grievance, not the cost of changing. */
    static final java.util.List<String> REASONS = java.util.List.of("rent", "dividend", "pressure", "security",
            "affinity", "grievance");

    /**
     * The main reason for a move: its {@code driver} (the term that contributed most to the
     * chosen option's advantage over staying); in logs written before decisions carried a
     * driver, the largest positive term of the chosen option, or, when none is positive, the
     * detail's {@code top} term by its sign.
     */
    static String reasonTerm(Map<String, String> d) {
        if (d.containsKey("driver")) {
            return d.get("driver");
        }
        // the first of equals
        return REASONS.stream().filter(k -> d.containsKey(k) && number(d, k) > 0)
                .max(Comparator.comparingDouble(k -> number(d, k))).orElse(d.getOrDefault("top", ""));
    }

    /** The main reason of a decision (see {@link #reasonTerm}), then the integration offer and the chance. */
    String decisionReason(Map<String, String> d) {
        List<String> parts = new ArrayList<>();
        String top = reasonTerm(d);
        if (d.containsKey("driver")) {
            // the driver's advantage over staying, per fighter a month
            String key = "driver." + top;
            if (texts.has(key)) {
                parts.add(texts.f(key, texts.whole(Math.abs(number(d, "d_" + top)))));
            }
        } else {
            double v = number(d, top);
            String key = "reason." + top + (v >= 0 ? ".pos" : ".neg");
            if (texts.has(key)) {
                parts.add(texts.f(key, texts.whole(Math.abs(v))));
            }
        }
        if ("1".equals(d.get("integration"))) {
            parts.add(texts.t("reason.integration"));
        }
        // the chance of the choice stays in events.csv: for a class it is an internal number
        return and(parts).trim();
    }

    /** Why a bloc broke away: months without dividends, the largest term (a route's rent), low cohesion. */
    String splitReasons(String parent, Map<String, String> d) {
        List<String> parts = new ArrayList<>();
        int months = (int) number(d, "months_without_dividend");
        if (months >= MONTHS_WITHOUT_DIVIDEND) {
            parts.add(texts.f("split.nodividend", months));
        }
        String top = reasonTerm(d);
        double v = d.containsKey("driver") ? number(d, "d_" + top) : number(d, top);
        if (top.equals("rent") && v > 0) {
            parts.add(d.containsKey("route") ? texts.f("split.route", texts.route(d.get("route"))) : texts.t("split.rent"));
        } else {
            String key = "split." + top + (v >= 0 ? ".pos" : ".neg");
            if (texts.has(key)) {
                parts.add(texts.t(key));
            }
        }
        double cohesion = number(d, "cohesion");
        if (d.containsKey("cohesion") && cohesion < LOW_COHESION) {
            parts.add(texts.f("split.cohesion", parent, texts.num(cohesion, 2)));
        }
        if (parts.isEmpty()) {
            parts.add(texts.t("split.default"));
        }
        return and(parts);
    }

    /** "a, b and c" in the current language. */
    String and(List<String> parts) {
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + texts.t("list.and") + parts.get(parts.size() - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

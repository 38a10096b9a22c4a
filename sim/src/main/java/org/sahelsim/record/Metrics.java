package org.sahelsim.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.sahelsim.domain.Kind;

/**
 * Every metric the model records, in the fixed column order of the output files. The first
 * eighteen are those of {@code interface.md}; breakdowns by kind are named
 * {@code <metric>.<kind>} and by region {@code <metric>.<Region>}.
 */
public final class Metrics {
    private Metrics() {
    }

    /** The regions of the model, in a fixed order (also the order of per-region metrics). */
    public static final List<String> REGIONS = List.of("Kidal", "Gao", "Menaka", "Timbuktu", "Taoudenit", "Mopti", "Segou");

    public static final int ARMED_GROUPS = 0;
    public static final int EFFECTIVE_GROUPS = 1;
    public static final int COALITIONS = 2;
    public static final int LARGEST_BLOC_SHARE = 3;
    public static final int SWITCHES = 4;
    public static final int SPLITS = 5;
    public static final int MERGERS = 6;
    public static final int CLASHES = 7;
    public static final int FATALITIES = 8;
    public static final int ATTACKS_ON_MINUSMA = 9;
    public static final int JIHADIST_FIGHTER_SHARE = 10;
    public static final int JIHADIST_INFLUENCE_NORTH = 11;
    public static final int JIHADIST_INFLUENCE_CENTRE = 12;
    public static final int SIGNATORY_FIGHTERS = 13;
    public static final int SIGNATORY_COHESION = 14;
    public static final int TRAFFICKING_REVENUE = 15;
    public static final int DIVIDENDS_PAID = 16;
    public static final int ALLIANCE_MODULARITY = 17;
    public static final int JOINS = 18;
    public static final int LEAVES = 19;
    public static final int MOBILIZATIONS = 20;
    public static final int DISBANDS = 21;
    public static final int CAPTURES = 22;
    public static final int ATTACKS = 23;
    public static final int FIGHTERS = 24;
    public static final int MINUSMA_COVERAGE_NORTH = 25;
    public static final int IMPLEMENTATION = 26;
    public static final int FIGHTER_DESERTIONS = 27;
    /** First of the four {@code trafficking_revenue.<kind>} columns, in {@link Kind#FACTION_KINDS} order. */
    public static final int TRAFFICKING_BY_KIND = 28;
    /** First of the four {@code dividends_paid.<kind>} columns. */
    public static final int DIVIDENDS_BY_KIND = 32;
    /** First of the four {@code fighters.<kind>} columns. */
    public static final int FIGHTERS_BY_KIND = 36;
    /** First of the {@code armed_groups.<kind>} columns. */
    public static final int GROUPS_BY_KIND = 40;
    /** First of the seven {@code jihadist_influence.<Region>} columns, in {@link #REGIONS} order. */
    public static final int INFLUENCE_BY_REGION = 44;
    /** Fighters of non-jihadist factions in a coalition with a jihadist member. */
    public static final int JIHADIST_ALLIED_FIGHTERS = 51;
    /** First of the three {@code fatalities.<cause>} columns, in {@link Cause} order. */
    public static final int FATALITIES_BY_CAUSE = 52;
    /** Disputes between allies the arbiter settled. */
    public static final int DISPUTES_SETTLED = 55;
    /** Groups recognised as parties to the accord. */
    public static final int RECOGNITIONS = 56;
    /** Attacks by armed groups on the civilians of rival communities. */
    public static final int COMMUNAL_VIOLENCE = 57;
    /** Civilians killed in those attacks. */
    public static final int CIVILIAN_DEATHS = 58;

    /** The causes of deaths the model records, each with its {@code fatalities.<cause>} metric. */
    public enum Cause {
        /** Clashes between armed groups over routes, hubs and towns. */
        CLASHES("clashes", "Deaths in clashes between armed groups over routes, hubs and towns, and in the army's assaults on groups' towns"),
        /** Attacks on MINUSMA, the army and mixed patrols. */
        ATTACKS("attacks", "Deaths in attacks on MINUSMA, the army and mixed patrols"),
        /** Counter-terrorism strikes. */
        STRIKES("strikes", "Jihadist fighters killed by counter-terrorism strikes");

        private final String label;
        private final String doc;

        Cause(String label, String doc) {
            this.label = label;
            this.doc = doc;
        }

        /** The metric's suffix. */
        public String label() {
            return label;
        }
    }

    /** All metrics in column order. */
    public static final List<MetricDef> ALL;

    static {
        List<MetricDef> m = new ArrayList<>();
        MetricKind c = MetricKind.COUNT;
        MetricKind l = MetricKind.LEVEL;
        m.add(new MetricDef("armed_groups", l, "groups", "Non-state armed factions alive"));
        m.add(new MetricDef("effective_groups", l, "groups", "1 / sum of squared fighter shares over non-state factions (inverse Herfindahl)"));
        m.add(new MetricDef("coalitions", l, "coalitions", "Named coalitions with at least two members"));
        m.add(new MetricDef("largest_bloc_share", l, "share", "Largest coalition's share of non-state fighters, a faction standing alone counting as its own bloc"));
        m.add(new MetricDef("switches", c, "events", "Moves from one coalition straight to another"));
        m.add(new MetricDef("splits", c, "events", "Factions breaking apart into a new faction"));
        m.add(new MetricDef("mergers", c, "events", "Factions absorbing another by decision"));
        m.add(new MetricDef("clashes", c, "events", "Armed clashes between factions over routes and hubs"));
        m.add(new MetricDef("fatalities", c, "deaths", "Deaths in clashes, attacks and strikes"));
        m.add(new MetricDef("attacks_on_minusma", c, "events", "Attacks on MINUSMA"));
        m.add(new MetricDef("jihadist_fighter_share", l, "share", "Jihadist factions' share of non-state fighters"));
        m.add(new MetricDef("jihadist_influence_north", l, "share", "Population-weighted mean jihadist influence over Kidal, Gao, Menaka, Timbuktu, Taoudenit"));
        m.add(new MetricDef("jihadist_influence_centre", l, "share", "Population-weighted mean jihadist influence over Mopti, Segou"));
        m.add(new MetricDef("signatory_fighters", l, "fighters", "Fighters of factions that are signatories of the accord"));
        m.add(new MetricDef("signatory_cohesion", l, "share", "Fighter-weighted mean cohesion of signatory factions (0 when there are none)"));
        m.add(new MetricDef("trafficking_revenue", l, "USD/month", "Rent captured on routes by all factions in the month, after interdiction and sanctions"));
        m.add(new MetricDef("dividends_paid", l, "USD/month", "Peace dividends paid to signatory factions in the month"));
        m.add(new MetricDef("alliance_modularity", l, "modularity", "Newman modularity of the coalition partition (standalone factions as singletons) on the positive alliance ties"));
        m.add(new MetricDef("joins", c, "events", "Factions standing alone joining a coalition"));
        m.add(new MetricDef("leaves", c, "events", "Factions leaving a coalition to stand alone"));
        m.add(new MetricDef("mobilizations", c, "events", "Communities taking up arms as a new faction"));
        m.add(new MetricDef("disbands", c, "events", "Factions ceasing without a merger decision"));
        m.add(new MetricDef("captures", c, "events", "Towns and hubs changing hands"));
        m.add(new MetricDef("attacks", c, "events", "Attacks on MINUSMA, the army and mixed patrols"));
        m.add(new MetricDef("fighters", l, "fighters", "Fighters of all non-state factions"));
        m.add(new MetricDef("minusma_coverage_north", l, "share", "Population-weighted mean MINUSMA coverage over the northern regions"));
        m.add(new MetricDef("implementation", l, "share", "Share of the peace accord implemented"));
        m.add(new MetricDef("desertions", c, "fighters", "Fighters deserting factions that cannot pay them"));
        String[] perKind = {"trafficking_revenue", "dividends_paid", "fighters", "armed_groups"};
        String[] perKindUnit = {"USD/month", "USD/month", "fighters", "groups"};
        String[] perKindDef = {"Rent captured on routes by %s factions", "Dividends paid to %s factions",
                "Fighters of %s factions", "Alive %s factions"};
        for (int i = 0; i < perKind.length; i++) {
            for (Kind k : Kind.FACTION_KINDS) {
                m.add(new MetricDef(perKind[i] + "." + k.label(), MetricKind.LEVEL, perKindUnit[i],
                        String.format(perKindDef[i], k.label())));
            }
        }
        for (String r : REGIONS) {
            m.add(new MetricDef("jihadist_influence." + r, l, "share", "Jihadist influence over the population of " + r));
        }
        m.add(new MetricDef("jihadist_allied_fighters", l, "fighters",
                "Fighters of non-jihadist factions in a coalition with at least one jihadist member (alliances with jihadists)"));
        for (Cause cause : Cause.values()) {
            m.add(new MetricDef("fatalities." + cause.label, c, "deaths", cause.doc));
        }
        m.add(new MetricDef("disputes_settled", c, "events", "Disputes between allies over routes that the arbiter settled before they came to a clash"));
        m.add(new MetricDef("recognitions", c, "events", "Groups standing alone recognised as parties to the accord, with a seat and a part of the dividends"));
        m.add(new MetricDef("communal_violence", c, "events", "Attacks by armed groups on the civilians of rival communities"));
        m.add(new MetricDef("civilian_deaths", c, "deaths", "Civilians killed in attacks on communities (not counted in fatalities, which counts combatants, soldiers and peacekeepers)"));
        ALL = Collections.unmodifiableList(m);
        if (!ALL.get(INFLUENCE_BY_REGION).name().equals("jihadist_influence.Kidal")
                || !ALL.get(GROUPS_BY_KIND).name().equals("armed_groups.separatist")
                || !ALL.get(JIHADIST_ALLIED_FIGHTERS).name().equals("jihadist_allied_fighters")
                || !ALL.get(FATALITIES_BY_CAUSE).name().equals("fatalities.clashes")
                || !ALL.get(DISPUTES_SETTLED).name().equals("disputes_settled")) {
            throw new AssertionError("metric indices out of step with the list");
        }
    }

    /** Number of metrics. */
    public static int count() {
        return ALL.size();
    }

    /** Index of a metric by name, or -1. */
    public static int indexOf(String name) {
        return IntStream.range(0, ALL.size()).filter(i -> ALL.get(i).name().equals(name)).findFirst()
                .orElse(-1);
    }
}

package org.sahelsim.scenario;

import java.util.List;

/**
 * All policy levers of a scenario. Each is off unless {@code enabled: true}. The classroom
 * window's Levers tab shows them in this order, each with its values marked
 * {@code @Param(panel = true)}.
 */
public record LeversSpec(
        @Param(doc = "MINUSMA posture: troops, mobility, bases closed or opened, civilian component", def = "{}") Minusma minusma,
        @Param(doc = "Targeted sanctions on rents", def = "{}") Sanctions sanctions,
        @Param(doc = "Integration of non-signatory groups into a signatory coalition", def = "{}") Integration integration,
        @Param(doc = "Accord implementation: pace and funding", def = "{}") Accord accord,
        @Param(doc = "Local reconciliation forums", def = "{}") Reconciliation reconciliation,
        @Param(doc = "Mixed patrols (army, Platform and former rebels)", def = "{}") MixedPatrols mixedPatrols,
        @Param(doc = "Counter-terrorism tempo", def = "{}") CounterTerrorism counterTerrorism,
        @Param(doc = "State presence and nomadic public services", def = "{}") StatePresence statePresence,
        @Param(doc = "Clientelist arming of militias by the state", def = "{}") ClientelistArming clientelistArming,
        @Param(doc = "Mediation between allies: more capacity for the arbiter", def = "{}") Mediation mediation) {

    /** The lever names as written under {@code levers:}. */
    public static final List<String> NAMES = List.of("minusma", "sanctions", "integration", "accord", "reconciliation",
            "mixed_patrols", "counter_terrorism", "state_presence", "clientelist_arming", "mediation");

    /** The levers in a fixed order. */
    public List<LeverSpec> all() {
        return List.of(minusma, sanctions, integration, accord, reconciliation, mixedPatrols, counterTerrorism,
                statePresence, clientelistArming, mediation);
    }

    /** MINUSMA posture (seed 001): mobility, base closures, civilian component. */
    public record Minusma(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "How fully the change is carried out (0 none, 1 fully)", unit = "share", min = 0, max = 1, def = "1", panel = true) double strength,
            @Param(doc = "Troops after the change; 0 keeps the current number", unit = "troops", min = 0, max = 50000, def = "0") int troops,
            @Param(doc = "Share of troops in mobile units after the change", unit = "share", min = 0, max = 1, def = "0.35", source = "seed 001 (more mobile contingents); value an assumption", panel = true) double mobileShare,
            @Param(doc = "Bases closed (their guards become mobile)", def = "[]", source = "seed 001 (Tessalit, Ansongo)", panel = true) List<String> closeBases,
            @Param(doc = "Bases opened", def = "[]") List<String> openBases,
            @Param(doc = "Civilian component after the change (1 = as in 2015)", unit = "ratio", min = 0, max = 5, def = "1", panel = true) double civilian) implements LeverSpec {
        public Minusma {
            closeBases = List.copyOf(closeBases);
            openBases = List.copyOf(openBases);
        }
    }

    /** Targeted sanctions (seeds 000, 001): cut targets' rents, evaded as groups fragment. */
    public record Sanctions(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Overall strength multiplier", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Named target factions", def = "[]", panel = true) List<String> targets,
            @Param(doc = "Target criteria: trafficking_ties (rent is most of income), spoiling (clashed with signatories or attacked MINUSMA)", def = "[]") List<String> criteria,
            @Param(doc = "Share of a target's rent seized or blocked before evasion", unit = "share", min = 0, max = 1, def = "0.4", panel = true) double enforcement,
            @Param(doc = "Spare pro-government groups (a partial regime, seed 001)", def = "false", panel = true) boolean spareProgovernment) implements LeverSpec {
        public static final List<String> CRITERIA = List.of("trafficking_ties", "spoiling");

        public Sanctions {
            targets = List.copyOf(targets);
            criteria = List.copyOf(criteria);
            for (String c : criteria) {
                if (!CRITERIA.contains(c)) {
                    throw new IllegalArgumentException("unknown sanctions criterion '" + c + "'; expected one of " + CRITERIA);
                }
            }
        }
    }

    /** Integration of non-signatory groups (seed 001). */
    public record Integration(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Share of the quota funded", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Named groups to integrate; non_signatories means every non-jihadist group outside the accord, including ones that emerge", def = "[non_signatories]", panel = true) List<String> groups,
            @Param(doc = "Signatory coalition receiving them; empty picks the one closest to each group", def = "''", panel = true) String coalition,
            @Param(doc = "Added dividends per integrated fighter (places in the accord)", unit = "USD/fighter/month", min = 0, def = "150", panel = true, sliderMax = 500) double quota) implements LeverSpec {
        public Integration {
            groups = List.copyOf(groups);
        }
    }

    /** Accord implementation pace and funding (seeds 003, 004). */
    public record Accord(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Strength multiplier", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Multiplier of the implementation pace", unit = "ratio", min = 0, max = 10, def = "2", panel = true) double pace,
            @Param(doc = "Multiplier of the dividend fund", unit = "ratio", min = 0, max = 10, def = "1", panel = true) double funding) implements LeverSpec {
    }

    /** Local reconciliation forums in Kidal, Gao, Timbuktu/Taoudenit (seed 001). */
    public record Reconciliation(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Share of hostility removed in forum regions: community rivalry in choices, and the hostility that raises clash chances on routes there", unit = "share", min = 0, max = 1, def = "0.5", source = "seed 001 (forums calm local tensions); value an assumption", panel = true) double strength,
            @Param(doc = "Regions with a forum", def = "[Kidal, Gao, Timbuktu, Taoudenit]", source = "seed 001") List<String> regions) implements LeverSpec {
        public Reconciliation {
            regions = List.copyOf(regions);
        }
    }

    /** Mixed patrols of army, Platform and former rebels (seed 001). */
    public record MixedPatrols(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Patrol strength (1 = one MOC unit of about 600 per region)", unit = "ratio", min = 0, max = 5, def = "1", source = "actors-2015-06.csv (Gao MOC about 600)", panel = true) double strength,
            @Param(doc = "Regions patrolled", def = "[Gao]", source = "seed 001") List<String> regions) implements LeverSpec {
        public MixedPatrols {
            regions = List.copyOf(regions);
        }
    }

    /** Counter-terrorism tempo (seeds 002, 004). */
    public record CounterTerrorism(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Strength multiplier", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Strike tempo while the lever is active, 1 = Barkhane's usual", unit = "ratio", min = 0, max = 10, def = "2", panel = true) double tempo) implements LeverSpec {
    }

    /** State presence and nomadic public services (seed 001). */
    public record StatePresence(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "State presence added in each target region", unit = "share", min = 0, max = 1, def = "0.2", panel = true) double strength,
            @Param(doc = "Regions served", def = "[Kidal, Gao, Menaka, Timbuktu, Taoudenit, Mopti]") List<String> regions) implements LeverSpec {
        public StatePresence {
            regions = List.copyOf(regions);
        }
    }

    /** Clientelist arming of militias (seed 002). */
    public record ClientelistArming(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Strength multiplier", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Monthly money handed to pro-government and community militias and latent communities", unit = "USD/month", min = 0, def = "300000", panel = true, sliderMax = 2000000) double budget) implements LeverSpec {
    }

    /**
     * Mediation between allies (brief: an outside arbiter enforces cooperation; Christia 2012):
     * more disputes a month settled by the accord's committees, MINUSMA's good offices and
     * Algeria's mediation.
     */
    public record Mediation(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "How fully the change is carried out (0 none, 1 fully)", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Disputes between allies settled a month in addition to the arbiter's own capacity", unit = "disputes/month", min = 0, max = 100, def = "2", source = "assumption", panel = true, sliderMax = 10) double capacity) implements LeverSpec {
    }
}

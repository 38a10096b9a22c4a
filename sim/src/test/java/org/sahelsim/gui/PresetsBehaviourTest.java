package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ModelRunner;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * The classroom presets show what their teaching notes and TEACHING.md promise, on the
 * calibrated model the window runs by default: over the first replications of
 * {@code sahelsim run PRESET --ensemble scenarios/calibration/history-2012-2015-posterior.csv
 * --seed 1}, each on the posterior's set drawn from (seed 1, replication), the preset's own
 * values winning (replication 0 is the run the window shows by default). If a change of the
 * model or of the posterior breaks one of these, the preset's teaching exaggerations and its
 * lesson need revisiting.
 */
class PresetsBehaviourTest {
    private static final int REPS = 10;
    /** Hubs named in lesson 2 (places.csv marks them as hubs). */
    private static final Set<String> HUBS = Set.of("Kidal", "Anefis", "In Khalil", "Tabankort", "Tarkint", "Menaka", "Ber");

    /** A scenario file's scenario and, per replication, the scenario on its set of the posterior. */
    private record OverPosterior(Scenario scenario, IntFunction<Scenario> byRep) {
    }

    private static Tiny.Keep run(OverPosterior s, int rep) {
        Tiny.Keep k = new Tiny.Keep();
        ModelRunner.run(s.byRep().apply(rep), Seeds.forRun(1, rep), k);
        return k;
    }

    private static OverPosterior overPosterior(String file, Map<String, String> overrides) {
        Scenario s = Tiny.shipped(file, overrides);
        try {
            Ensemble e = EnsembleLoader.forScenarioFile(Tiny.root().resolve(Presets.POSTERIOR),
                    Tiny.root().resolve("scenarios").resolve(file), s);
            return new OverPosterior(s, EnsembleRuns.scenarios(s, e, 1));
        } catch (ScenarioException x) {
            throw new IllegalStateException(x);
        }
    }

    private static OverPosterior preset(String file, Map<String, String> overrides) {
        return overPosterior("classroom/" + file, overrides);
    }

    private static double last(Tiny.Keep k, int metric) {
        return k.rows.get(k.rows.size() - 1)[metric];
    }

    private static double total(Tiny.Keep k, int metric) {
        double sum = 0;
        for (int step = 1; step < k.rows.size(); step++) {
            sum += k.rows.get(step)[metric];
        }
        return sum;
    }

    private static List<Event> of(Tiny.Keep k, EventType type) {
        return k.events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void dividendsForSignatoriesSplitsBlocsOffThePaidGroupsForASeatOfTheirOwn() {
        OverPosterior s = preset("1-dividends-for-signatories.yaml", Map.of());
        int mnlaLoses = 0;
        int kelAnsarLeaveHcua = 0;
        int cpaSeated = 0;
        for (int rep = 0; rep < REPS; rep++) {
            Tiny.Keep k = run(s, rep);
            List<Event> mnlaSplits = of(k, EventType.SPLIT).stream().filter(e -> e.actor().equals("MNLA")).toList();
            if (!mnlaSplits.isEmpty()) {
                mnlaLoses++;
            }
            for (Event e : mnlaSplits) {
                // a bloc the MNLA's leaders shut out: not the Ifoghas who hold its political weight
                assertFalse(e.detail().contains("bloc=Ifoghas;"), "rep " + rep + ": " + e.detail());
            }
            if (of(k, EventType.SPLIT).stream().anyMatch(e -> e.actor().equals("HCUA") && e.detail().contains("bloc=Kel Ansar;"))) {
                kelAnsarLeaveHcua++;
            }
            if (of(k, EventType.RECOGNITION).stream().anyMatch(e -> e.actor().equals("CPA"))) {
                cpaSeated++;
            }
            if (rep == 0) {
                // the window's run: the HCUA's Kel Ansar leave first, in month 3, for a seat of
                // their own (their driver is the dividend), and are recognised the month after
                assertTrue(of(k, EventType.SPLIT).stream().anyMatch(e -> e.step() == 3 && e.actor().equals("HCUA")
                        && e.detail().contains("driver=dividend;")), "seed 1: " + of(k, EventType.SPLIT));
                assertTrue(of(k, EventType.RECOGNITION).stream().anyMatch(e -> e.step() == 4
                        && e.actor().equals("HCUA-Kel_Ansar")), "seed 1: " + of(k, EventType.RECOGNITION));
            }
            assertTrue(last(k, Metrics.DIVIDENDS_BY_KIND + 3) == 0, "jihadists are never paid (rep " + rep + ")");
            assertTrue(last(k, Metrics.DIVIDENDS_BY_KIND) > last(k, Metrics.DIVIDENDS_BY_KIND + 2),
                    "separatists are paid more than militias (rep " + rep + ")");
        }
        // Both were 8 or more of 10 at the old calibrated point; over the posterior the MNLA loses
        // a bloc in 6 of 10 (12 of 20) and the Kel Ansar leave the HCUA in 7 of 10 (15 of 20), and
        // TEACHING.md says so (docs/VALIDATION.md section 14.7)
        assertTrue(mnlaLoses > REPS / 2, "the MNLA loses a shut-out bloc within the lesson in more than half the runs: " + mnlaLoses);
        assertTrue(kelAnsarLeaveHcua > REPS / 2, "the HCUA's Kel Ansar leave it in more than half the runs: " + kelAnsarLeaveHcua);
        assertTrue(cpaSeated >= REPS / 2, "CPA, outside the coalitions, wins a seat of its own in most runs: " + cpaSeated);
    }

    @Test
    void warOverRoutesFightsMoreThanTheBaselineMostlyOnRoutesToHubsAndTownsChangeHandsOnlyByAssault() {
        OverPosterior boom = preset("2-war-over-routes.yaml", Map.of());
        OverPosterior baseline = overPosterior("baseline-2015.yaml", Map.of("months", "24"));
        double boomClashes = 0;
        double baseClashes = 0;
        int onRoutes = 0;
        int onHubRoutes = 0;
        int assaultsTaken = 0;
        for (int rep = 0; rep < REPS; rep++) {
            Tiny.Keep k = run(boom, rep);
            boomClashes += total(k, Metrics.CLASHES);
            baseClashes += total(run(baseline, rep), Metrics.CLASHES);
            for (Event e : of(k, EventType.CLASH)) {
                if (!e.detail().startsWith("route=")) {
                    continue; // an assault on a town
                }
                onRoutes++;
                String route = e.detail().replaceAll(".*route=([^;]*).*", "$1");
                if (HUBS.stream().anyMatch(h -> route.startsWith(h + "-") || route.endsWith("-" + h))) {
                    onHubRoutes++;
                }
            }
            for (Event c : of(k, EventType.CAPTURE)) {
                String place = c.detail().replaceAll(".*place=([^;]*).*", "$1");
                if (c.detail().contains("assault=0")) {
                    continue; // an open place (its holder gone or too weak to keep it), taken without a fight
                }
                // a held town changes hands only when an assault on it that month took it
                boolean assault = k.events.stream().anyMatch(e -> e.step() == c.step()
                        && (e.type() == EventType.CLASH || e.type() == EventType.ATTACK)
                        && e.detail().startsWith("place=" + place + ";") && e.detail().contains("taken=1"));
                assertTrue(c.other() != null, "an assault takes a held place: " + c);
                assertTrue(assault, "rep " + rep + ": " + c + " without a won assault");
                assaultsTaken++;
            }
            if (rep == 0) {
                assertTrue(total(k, Metrics.CLASHES) >= 10, "seed 1 shows at least 10 clashes in 24 months: " + total(k, Metrics.CLASHES));
            }
        }
        assertTrue(boomClashes >= 2 * baseClashes, "the boom at least doubles the clashes: " + boomClashes + " against " + baseClashes);
        assertTrue(onHubRoutes > onRoutes / 2, "most clashes on routes are on routes to a hub: " + onHubRoutes + " of " + onRoutes);
        assertTrue(assaultsTaken > 0, "held towns do change hands in these runs");
    }

    @Test
    void mobileMinusmaLowersJihadistInfluenceInEveryRunAndDrawsMoreAttacksOnPeacekeepers() {
        OverPosterior mobile = preset("3-mobile-minusma.yaml", Map.of());
        OverPosterior bases = preset("3-mobile-minusma.yaml", Map.of("levers.minusma.enabled", "false"));
        double attacksMobile = 0;
        double attacksBases = 0;
        for (int rep = 0; rep < REPS; rep++) {
            Tiny.Keep m = run(mobile, rep);
            Tiny.Keep b = run(bases, rep);
            assertTrue(last(m, Metrics.JIHADIST_INFLUENCE_NORTH) < last(b, Metrics.JIHADIST_INFLUENCE_NORTH), "north, rep " + rep);
            assertTrue(last(m, Metrics.JIHADIST_INFLUENCE_CENTRE) < last(b, Metrics.JIHADIST_INFLUENCE_CENTRE), "centre, rep " + rep);
            attacksMobile += total(m, Metrics.ATTACKS_ON_MINUSMA);
            attacksBases += total(b, Metrics.ATTACKS_ON_MINUSMA);
        }
        assertTrue(attacksMobile > attacksBases, "mobile units draw more attacks: " + attacksMobile + " against " + attacksBases);
    }
}

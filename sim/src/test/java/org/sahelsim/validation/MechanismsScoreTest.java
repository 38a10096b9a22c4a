package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Expectations;

/** Verdicts of expected moves and figures, on a hand-built compare folder. */
class MechanismsScoreTest {
    @TempDir
    Path tmp;

    private static Expectations.Expect want(String direction) {
        return new Expectations.Expect(direction, "high", "a source");
    }

    private static Expectations expectations(Map<String, Expectations.Figure> figures) {
        Map<String, Expectations.Expect> o = new LinkedHashMap<>();
        o.put("switches", want("down"));   // -30%, p 0.001: reproduced
        o.put("splits", want("down"));     // -5%, p 0.001: too small
        o.put("clashes", want("down"));    // -40%, p 0.2: not significant
        o.put("joins", want("up"));        // -20%, p 0.001: against
        o.put("leaves", want("up"));       // from 0 to 2, p 0.001: reproduced (no relative change from 0)
        o.put("mergers", want("down"));    // no change
        Map<String, Expectations.Knockout> k = new LinkedHashMap<>();
        k.put("ko", new Expectations.Knockout("rent", "weight", "no rent", o));
        return new Expectations("ko.yaml", 0.01, 0.1, k, figures);
    }

    private void summary() throws Exception {
        String h = "variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,p_value,p_adjusted,effect_size\n";
        StringBuilder b = new StringBuilder(h);
        String[][] rows = {
            {"switches", "10", "-3", "0.001"}, {"splits", "20", "-1", "0.001"}, {"clashes", "5", "-2", "0.2"},
            {"joins", "10", "-2", "0.001"}, {"leaves", "0", "2", "0.001"}, {"mergers", "3", "0", "1"}};
        for (String[] r : rows) {
            b.append("baseline,").append(r[0]).append(",4,").append(r[1]).append(",1,0,1,,,,,,\n");
        }
        for (String[] r : rows) {
            b.append("ko,").append(r[0]).append(",4,1,1,0,1,").append(r[2]).append(",-1,1,").append(r[3]).append(',')
                    .append(r[3]).append(",0.5\n");
        }
        Files.writeString(tmp.resolve("summary.csv"), b.toString());
    }

    @Test
    void eachMoveIsReproducedTooSmallNotSignificantOrAgainst() throws Exception {
        summary();
        Expectations e = expectations(Map.of());
        List<MechanismsScore.Move> moves = MechanismsScore.score(e, tmp);
        assertEquals(List.of("reproduced", "too_small", "not_significant", "against", "reproduced", "not_significant"),
                moves.stream().map(m -> m.verdict().label()).toList());
        assertEquals(-0.3, moves.get(0).relative(), 1e-12);
        MechanismsScore.Tally t = MechanismsScore.tallies(e, moves).get(0);
        assertEquals(2, t.reproduced());
        assertEquals(1, t.against());
        assertFalse(t.passes(), "two reproduced and one against");
        MechanismsScore.writeMoves(tmp, moves);
        List<String> lines = Files.readAllLines(tmp.resolve(MechanismsScore.KNOCKOUTS));
        assertEquals("ko,rent,weight,switches,down,high,10,-3,-1,1,-0.3,0.001,reproduced", lines.get(1));
    }

    @Test
    void figuresAreMeasuredOnTheBaselinesRunsOnly() throws Exception {
        String runs = "run_id,variant,rep,seed,splits,armed_groups\n"
                + "baseline/r0,baseline,0,1,2,12\nbaseline/r1,baseline,1,2,0,14\nko/r0,ko,0,1,9,30\n";
        Files.writeString(tmp.resolve("runs.csv"), runs);
        String h = "run_id,variant,rep,step,date,type,actor,actor_kind,other,other_kind,region,detail\n";
        String ev = h
                + "baseline/r0,baseline,0,2,2015-08,split,AQIM,jihadist,AQIM-Tuareg,jihadist,Kidal,\"driver=grievance;top=grievance;share=0.2;allegiance=is;parent_allegiance=aq\"\n"
                + "baseline/r0,baseline,0,3,2015-09,split,GATIA,progovernment,GATIA-Imghad,progovernment,Gao,\"driver=rent;top=security;share=0.85;allegiance=none;parent_allegiance=none\"\n"
                + "baseline/r0,baseline,0,4,2015-10,disband,ISGS,jihadist,MUR,jihadist,Menaka,fighters=12;absorbed_by=MUR\n"
                + "baseline/r1,baseline,1,5,2015-11,merge,AD,jihadist,MUR,jihadist,Kidal,\"driver=pressure;top=pressure\"\n"
                + "baseline/r1,baseline,1,6,2015-12,join,CPA,separatist,CMA,,Gao,\"driver=dividend;top=rent\"\n"
                + "ko/r0,ko,0,2,2015-08,disband,ISGS,jihadist,,,Menaka,fighters=3\n";
        Files.writeString(tmp.resolve("events.csv"), ev);
        Map<String, Expectations.Figure> figs = new LinkedHashMap<>();
        figs.put("splits", fig("splits", "", "", "", List.of()));
        figs.put("jihadist_splits", fig("splits", "", "jihadist", "", List.of()));
        figs.put("isgs", fig("group_disbands", "ISGS", "", "", List.of()));
        figs.put("absorbed", fig("absorbed", "", "jihadist", "", List.of()));
        figs.put("merged", fig("merged", "", "jihadist", "", List.of()));
        figs.put("rival", fig("rival_allegiance_splinters", "", "", "", List.of()));
        figs.put("majority", fig("majority_splits", "", "", "", List.of()));
        figs.put("drivers", fig("driver_share", "", "", "", List.of("rent", "dividend", "pressure")));
        figs.put("top", fig("top_is_driver", "", "", "", List.of()));
        figs.put("groups", fig("metric_mean", "", "", "armed_groups", List.of()));
        List<MechanismsScore.FigureValue> v = MechanismsScore.figures(expectations(figs), tmp, 60);
        double[] expected = {1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.75, 0.5, 13};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], v.get(i).value(), 1e-12, v.get(i).id());
        }
        assertEquals("within", v.get(0).verdict());
        assertEquals("outside", v.get(9).verdict());
        MechanismsScore.writeFigures(tmp, v);
        assertTrue(Files.readString(tmp.resolve(MechanismsScore.FIGURES)).contains("groups,metric_mean,13,0,2,record,outside"));
    }

    @Test
    void clashesTownsAttacksAndDeathsAreMeasuredPerRunAndPerYear() throws Exception {
        String runs = "run_id,variant,rep,seed,fatalities,fatalities.strikes,dividends_paid,trafficking_revenue\n"
                + "baseline/r0,baseline,0,1,100,20,10,100\nbaseline/r1,baseline,1,2,300,40,30,100\n";
        Files.writeString(tmp.resolve("runs.csv"), runs);
        String h = "run_id,variant,rep,step,date,type,actor,actor_kind,other,other_kind,region,detail\n";
        String ev = h
                + "baseline/r0,baseline,0,2,2015-08,clash,MNLA,separatist,HCUA,separatist,Kidal,\"same_side=1;coalition=CMA;other_coalition=CMA\"\n"
                + "baseline/r0,baseline,0,3,2015-09,clash,GATIA,progovernment,MNLA,separatist,Kidal,\"same_side=0;coalition=Platform;other_coalition=CMA\"\n"
                + "baseline/r0,baseline,0,4,2015-10,clash,HCUA,separatist,GATIA,progovernment,Kidal,\"same_side=0;coalition=CMA;other_coalition=Platform\"\n"
                + "baseline/r0,baseline,0,5,2015-11,clash,FAMa,state,FLM,jihadist,Mopti,\"same_side=0;coalition=;other_coalition=\"\n"
                + "baseline/r0,baseline,0,6,2015-12,capture,MNLA,separatist,FAMa,state,Mopti,place=Mopti\n"
                + "baseline/r0,baseline,0,7,2016-01,attack,FLM,jihadist,FAMa,state,Mopti,place=Mopti;fatalities=2\n"
                + "baseline/r1,baseline,1,2,2015-08,clash,GATIA,progovernment,MAA-CMA,separatist,Gao,\"same_side=0;coalition=Platform;other_coalition=CMA\"\n"
                + "baseline/r1,baseline,1,6,2015-12,capture,MNLA,separatist,FAMa,state,Mopti,place=Mopti\n"
                + "baseline/r1,baseline,1,7,2016-01,capture,FAMa,state,MNLA,separatist,Mopti,place=Mopti\n"
                + "baseline/r1,baseline,1,8,2016-02,attack,FLM,jihadist,MINUSMA,minusma,Mopti,place=Mopti;fatalities=2\n"
                + "baseline/r1,baseline,1,9,2016-03,attack,FLM,jihadist,FAMa,state,Mopti,place=Mopti;fatalities=2\n";
        Files.writeString(tmp.resolve("events.csv"), ev);
        Map<String, Expectations.Figure> figs = new LinkedHashMap<>();
        figs.put("sep_sep", fig("clash_share", List.of("separatist", "separatist"), "", "", List.of(), 1, "", false));
        figs.put("sep_pg", fig("clash_share", List.of("progovernment", "separatist"), "", "", List.of(), 1, "", false));
        figs.put("allies", fig("ally_clash_share", List.of(), "", "", List.of(), 1, "", false));
        figs.put("gatia_cma", fig("clash_runs", List.of(), "GATIA", "CMA", List.of(), 2, "", false));
        figs.put("gatia_cma_once", fig("clash_runs", List.of(), "GATIA", "CMA", List.of(), 1, "", false));
        figs.put("sep_captures", fig("captures", List.of("separatist"), "", "", List.of("Mopti", "Segou"), 1, "", false));
        figs.put("hands", fig("changes_of_hands", List.of(), "", "", List.of("Mopti"), 1, "", false));
        figs.put("held", fig("held_at_end", List.of("separatist"), "", "", List.of("Mopti"), 1, "", false));
        figs.put("army_attacks", fig("attacks", List.of(), "", "FAMa", List.of(), 1, "", true));
        figs.put("strikes_year", new Expectations.Figure("review", "metric_mean", "", "", "fatalities.strikes", List.of(),
                List.of(), "", List.of(), 1, "", true, List.of(0.0, 2.0), "record", "src"));
        figs.put("strike_share", fig("metric_ratio", List.of(), "", "", List.of(), 1, "fatalities", false));
        List<MechanismsScore.FigureValue> v = MechanismsScore.figures(expectations(figs), tmp, 24);
        // 4 clashes between armed groups (the army's is not one): 1 separatist-separatist, 3
        // separatist-progovernment, 1 inside a coalition; GATIA fights the CMA twice in run 0
        // and once in run 1; Mopti taken by separatists once in each run, held by them at the
        // end of run 0 only; 3 hands changes over 2 runs; 2 attacks on the army over 2 runs of
        // 2 years; strikes 30 deaths a run over 2 years; 30 of 200 deaths by strikes
        double[] expected = {0.25, 0.75, 0.25, 0.5, 1, 1, 1.5, 0.5, 0.5, 15, 30.0 / 200};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], v.get(i).value(), 1e-12, v.get(i).id());
        }
    }

    @Test
    void figureRecordsNameWhatAMeasureLacks() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> fig("clash_share", List.of("separatist"), "", "", List.of(), 1, "", false));
        assertTrue(x.getMessage().contains("clash_share needs kinds"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> fig("attacks", List.of(), "", "army", List.of(), 1, "", false));
        assertTrue(x.getMessage().contains("MINUSMA, FAMa, MOC"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> fig("clash_runs", List.of(), "GATIA", "", List.of(), 1, "", false));
        assertTrue(x.getMessage().contains("needs other"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> fig("held_at_end", List.of(), "", "", List.of("Mopti"), 1, "", false));
        assertTrue(x.getMessage().contains("needs kinds"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> fig("metric_ratio", List.of(), "", "", List.of(), 1, "", false));
        assertTrue(x.getMessage().contains("needs over"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class,
                () -> fig("clash_share", List.of("separatist", "jihadist"), "", "", List.of(), 1, "", true));
        assertTrue(x.getMessage().contains("per_year applies to a per-run count"), x.getMessage());
    }

    private static Expectations.Figure fig(String measure, String faction, String kind, String metric, List<String> terms) {
        return new Expectations.Figure("review", measure, faction, kind, metric, terms, List.of(), "", List.of(), 1, "",
                false, List.of(0.0, 2.0), "record", "src");
    }

    private static Expectations.Figure fig(String measure, List<String> kinds, String faction, String other,
                                            List<String> places, int min, String over, boolean perYear) {
        String metric = measure.equals("metric_ratio") ? "fatalities.strikes" : "";
        return new Expectations.Figure("review", measure, faction, "", metric, List.of(), kinds, other, places, min, over,
                perYear, List.of(0.0, 2.0), "record", "src");
    }
}

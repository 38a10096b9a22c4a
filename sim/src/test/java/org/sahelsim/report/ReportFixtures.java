package org.sahelsim.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.cli.Main;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Seeds;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;

/**
 * Output folders for the report's tests, made by the real runner on the shipped baseline
 * (shortened): a plain {@code run} folder through the command line, and a comparison folder
 * of the baseline and one lever variant, in the form the {@code compare} command writes
 * (runs of both variants on common seeds, {@code scenario.resolved.yaml} with
 * {@code experiment:} and {@code variants:}), with a hand-made {@code summary.csv}.
 */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** The shipped scenario; tests run in sim/, the scenarios live one level up. */
    static final Path BASELINE = Path.of("..", "scenarios", "baseline-2015.yaml");
    static final String VARIANT = "mobile_minusma";
    static final String EXPERIMENT_DESCRIPTION = "Test experiment: a more mobile MINUSMA <b>against</b> the baseline & co";

    /**
     * A hand-made summary: clashes clearly lowered (-1.25 from 10.4: -12.0% [-16.0%, -8.0%]),
     * armed_groups unchanged. The numbers are chosen to be recognisable in the page.
     */
    static final String SUMMARY = String.join("\n",
            String.join(",", SummaryRow.COLUMNS),
            "baseline,clashes,6,10.4,3.1,7.1,13.7,,,,,,",
            VARIANT + ",clashes,6,9.15,2.9,6.1,12.2,-1.248,-1.664,-0.832,0.00061,0.0031,-0.97",
            "baseline,armed_groups,6,14.2,1.2,13,15.4,,,,,,",
            VARIANT + ",armed_groups,6,14.35,1.1,13.2,15.5,0.15,-0.35,0.65,0.41,0.82,0.18",
            "");

    /** {@code sahelsim run} of the baseline through the command line. */
    static Path plainRun(Path out, int reps, int months) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"run", BASELINE.toString(), "--reps", String.valueOf(reps), "--months",
            String.valueOf(months), "--threads", "2", "--out", out.toString()}, new PrintWriter(o, true),
                new PrintWriter(e, true));
        if (code != 0) {
            throw new IllegalStateException("run failed: " + o + e);
        }
        return out;
    }

    /** The baseline shortened to {@code months}. */
    static Scenario baseline(int months) throws Exception {
        return ScenarioLoader.load(BASELINE, Map.of("months", String.valueOf(months)));
    }

    /** The lever variant: Tessalit and Ansongo closed, mobile share up, from month 2. */
    static Scenario variant(Scenario base) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("description", "\"A more mobile MINUSMA: Tessalit and Ansongo closed, mobile share 0.6\"");
        o.put("levers.minusma.enabled", "true");
        o.put("levers.minusma.start", "2");
        o.put("levers.minusma.mobile_share", "0.6");
        o.put("levers.minusma.close_bases", "[Tessalit, Ansongo]");
        return ScenarioLoader.withOverrides(base, o);
    }

    /** A comparison folder of the baseline and {@link #VARIANT}, with {@link #SUMMARY}. */
    static Path comparison(Path out, int reps, int months) throws Exception {
        Scenario base = baseline(months);
        Scenario var = variant(base);
        List<String> names = List.of("baseline", VARIANT);
        List<Scenario> scenarios = List.of(base, var);
        RunPlan plan = new RunPlan() {
            @Override
            public int size() {
                return 2 * reps;
            }

            @Override
            public RunKey key(int index) {
                int rep = index % reps;
                return new RunKey(names.get(index / reps), rep, Seeds.forRun(1, rep));
            }

            @Override
            public Scenario scenario(int index) {
                return scenarios.get(index / reps);
            }
        };
        String resolved = "experiment:\n  name: test-levers\n  description: \"" + EXPERIMENT_DESCRIPTION + "\"\n"
                + "  replications: " + reps + "\n"
                + "variants:\n  baseline:\n" + indent(ScenarioWriter.toYaml(base)) + "  " + VARIANT + ":\n"
                + indent(ScenarioWriter.toYaml(var));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reps", reps);
        options.put("series", "monthly");
        RunJob.Spec spec = new RunJob.Spec("compare", List.of("compare", "test-levers.yaml"), options, List.of(),
                base, resolved, plan, 1, 2, Series.MONTHLY, ModelEntry.DEFAULT, out, Map.of());
        RunJob.execute(spec, n -> { });
        Files.writeString(out.resolve("summary.csv"), SUMMARY, StandardCharsets.UTF_8);
        return out;
    }

    private static String indent(String yaml) {
        StringBuilder b = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty()) {
                b.append("    ").append(line);
            }
            b.append('\n');
        }
        return b.toString();
    }
}

package org.sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.format.YNode;

/**
 * The validation part of every report's "How far to trust it": how well the model version
 * the program bundles a validation of ({@link Validated}) meets the record, in and out of the
 * period it was calibrated on, one pattern at a time and jointly, with the patterns it fails;
 * then how the folder's runs stand against what was validated: the model version that produced
 * them, the parameter ensemble they ran over and the settings of their baseline.
 */
final class ValidationBox {
    /** At most this many differing settings are named; the others are counted. */
    static final int SETTINGS_SHOWN = 4;

    private ValidationBox() {
    }

    /**
     * The box, as an HTML {@code div} with id {@code validation}.
     *
     * @param against phrases (HTML) on how the folder's runs stand against what was
     *                validated, from {@link #modelLine}, {@link #ensembleLine} and
     *                {@link #baselineLine}: short when they match, in bold with the
     *                difference when they do not
     */
    static String html(Validated v, List<String> against) {
        StringBuilder b = new StringBuilder();
        b.append("<div id=\"validation\"><p class=\"vhead\"><strong>How model ").append(Html.esc(v.modelVersion()))
                .append(" meets the record</strong> <span class=\"small\">(patterns written before the runs)</span></p>\n")
                .append("<table class=\"validation\" id=\"validation-table\"><thead><tr><th>Patterns</th><th>met one at a time</th>")
                .append("<th>runs meeting all</th></tr></thead><tbody>\n");
        List<Validated.Pattern> failed = new ArrayList<>();
        List<String> failedWhere = new ArrayList<>();
        for (Validated.Check c : v.checks()) {
            for (Validated.Joint j : c.periods()) {
                List<Validated.Pattern> ps = c.of(j.period());
                long met = ps.stream().filter(Validated.Pattern::pass).count();
                boolean calibrated = !c.calibratedPeriod().isEmpty() && c.calibratedPeriod().equals(j.period());
                String where = j.period().equals("all") ? c.scenarioName() + " from " + c.scenarioStart()
                        : c.scenarioName() + ", " + j.period();
                b.append("<tr><td>").append(Html.esc(where)).append(calibrated ? " <strong>calibrated on</strong>"
                        : " <em>not calibrated on</em>").append("</td><td class=\"num\">").append(met).append(" of ")
                        .append(ps.size()).append("</td><td class=\"num\">").append(j.all()).append(" of ")
                        .append(j.runs()).append("</td></tr>\n");
                for (Validated.Pattern p : ps) {
                    if (!p.pass()) {
                        failed.add(p);
                        failedWhere.add(where);
                    }
                }
            }
        }
        b.append("</tbody></table>\n");
        if (!against.isEmpty()) {
            b.append("<p class=\"against\" id=\"against\">These runs: ").append(String.join("; ", against)).append(".</p>\n");
        }
        if (!failed.isEmpty()) {
            b.append("<details><summary>Known misfits: the ").append(failed.size())
                    .append(" patterns the model fails</summary>\n<ul>\n");
            for (int i = 0; i < failed.size(); i++) {
                Validated.Pattern p = failed.get(i);
                b.append("<li><code>").append(Html.esc(p.id())).append("</code> (").append(Html.esc(failedWhere.get(i)))
                        .append("): ").append(Html.esc(p.description())).append(" Met in ")
                        .append(Html.esc(share(p.share()))).append(" of runs; needed ")
                        .append(Html.esc(share(p.threshold()))).append(".</li>\n");
            }
            b.append("</ul>\n<p class=\"small\">The table and this list are the files <code>validate</code> wrote over the calibrated posterior ensemble (")
                    .append(Html.esc(String.join("; ", v.checks().stream().map(c -> c.reps() + " replications of "
                            + c.scenarioName() + ", seed " + c.seed()).toList())))
                    .append("); docs/VALIDATION.md gives why each pattern fails.</p>\n</details>\n");
        }
        return b.append("</div>\n").toString();
    }

    private static String share(double x) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    /**
     * Whether the folder's runs come from the model version validated, from its manifest's
     * {@code model_version}.
     */
    static String modelLine(Validated v, JsonNode manifest) {
        String mv = manifest.path("model_version").asText("");
        if (mv.isEmpty()) {
            return "<strong>no model version in the manifest</strong> (an older program wrote it), so model "
                    + Html.esc(v.modelVersion()) + " may not be the model that ran";
        }
        if (!mv.equals(v.modelVersion())) {
            return "<strong>model " + Html.esc(mv) + ", not the model " + Html.esc(v.modelVersion())
                    + " validated</strong>: run <code>validate</code> with the program that made them";
        }
        return "model " + Html.esc(mv) + ", as validated";
    }

    /**
     * Whether the runs drew their constants from the ensemble validated: {@code file} and
     * {@code sha256} name the ensemble they ran over (empty for none).
     */
    static String ensembleLine(Validated v, String file, String sha256) {
        Validated.Check c = v.checks().get(0);
        String validated = "<code>" + Html.esc(c.ensembleFile()) + "</code>";
        if (file.isEmpty()) {
            return "<strong>at fixed constants</strong> (the scenario's own), not over the validated ensemble "
                    + validated + ", which the table describes";
        }
        if (!sha256.equals(c.ensembleSha())) {
            return "<strong>over another ensemble</strong> (<code>" + Html.esc(file) + "</code>) than the validated "
                    + validated;
        }
        return "over the validated ensemble";
    }

    /**
     * How the runs' baseline {@code baseline} (a resolved scenario named {@code name}) differs
     * from the validated scenario that starts in the same month, setting by setting.
     */
    static String baselineLine(Validated v, String name, YNode.Map baseline) {
        String start = baseline.entries.get("start") instanceof YNode.Scalar s ? s.text : "";
        Validated.Check same = v.checks().stream().filter(c -> c.scenarioStart().equals(start)).findFirst().orElse(null);
        if (same == null) {
            return "<strong>a baseline (" + Html.esc(name) + ") starting in " + Html.esc(start)
                    + "</strong>, where the validated scenarios start in " + Html.esc(String.join(" and ",
                    v.checks().stream().map(Validated.Check::scenarioStart).distinct().toList()));
        }
        String validated = same.scenarioName();
        List<ResolvedFile.Change> changes = ResolvedFile.changes(same.resolved().variants().get("baseline"), baseline);
        if (changes.isEmpty()) {
            return "a baseline with every setting of " + Html.esc(validated) + " as validated";
        }
        // a lever is a policy input the validation does not test: named once, not setting by setting
        Set<String> levers = new LinkedHashSet<>();
        List<ResolvedFile.Change> others = new ArrayList<>();
        for (ResolvedFile.Change ch : changes) {
            String[] parts = ch.path().split("\\.");
            if (parts[0].equals("levers") && parts.length > 2) {
                levers.add(parts[1]);
            } else {
                others.add(ch);
            }
        }
        List<String> said = new ArrayList<>();
        if (!levers.isEmpty()) {
            said.add("the lever" + (levers.size() == 1 ? " " : "s ") + Html.esc(String.join(", ", levers))
                    + " set otherwise (policy inputs, which the validation does not test)");
        }
        if (!others.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (ResolvedFile.Change ch : others.subList(0, Math.min(SETTINGS_SHOWN, others.size()))) {
                shown.add("<code>" + Html.esc(ch.path()) + "</code> (validated " + Html.esc(ch.baseline()) + ", here "
                        + Html.esc(ch.variant()) + ")");
            }
            int more = others.size() - shown.size();
            said.add("<strong>" + others.size() + (others.size() == 1 ? " other setting" : " other settings")
                    + "</strong>: " + String.join(", ", shown) + (more > 0 ? " and " + more + " more" : ""));
        }
        String text = "a baseline (" + Html.esc(name) + ") that differs from " + Html.esc(validated) + " as validated in "
                + String.join(" and in ", said);
        return others.isEmpty() ? text : "<strong>" + text.substring(0, text.indexOf(" in ")) + "</strong>"
                + text.substring(text.indexOf(" in "));
    }
}

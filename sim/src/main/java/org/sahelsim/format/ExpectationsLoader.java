package org.sahelsim.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.data.PlaceInfo;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.ScenarioException;

/**
 * Reads an expectations file ({@code scenarios/mechanisms/expectations.yaml}) into a checked
 * {@link Expectations}, with the reader and binder of scenario files ({@link YamlReader},
 * {@link Binder}): safe YAML, snake_case keys, defaults, closed sets of words with "did you
 * mean" hints. Then the cross-checks: the experiment it names loads; every knock-out is one of
 * its variants; every outcome is one of its metrics of interest and not the quantity the
 * knock-out switches off; the knock-outs of rent, dividends and pressure carry the outcomes
 * every one of them must (switches, splits, clashes, signatory fighters); a figure's metric
 * exists and its faction is one of the baseline's. Every problem is a {@link ScenarioException}
 * naming file, line, column and field.
 */
public final class ExpectationsLoader {
    /** The top-level key that tells an expectations file from the other input files. */
    public static final String MARKER = "knockouts";

    /** A loaded expectations file with the experiment it names. */
    public record Loaded(Path file, Expectations expectations, Experiment experiment) {
    }

    private ExpectationsLoader() {
    }

    /** Whether a YAML file is an expectations file: a map at the top with a {@code knockouts} key. */
    public static boolean isExpectations(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && m.entries.containsKey(MARKER);
    }

    /**
     * Loads and checks an expectations file and the experiment it names.
     *
     * @param defaultMetrics the experiment's metrics of interest when it names none
     */
    public static Loaded load(Path file, List<String> defaultMetrics) throws ScenarioException {
        Binder binder = new Binder();
        Expectations e = binder.bindTop(file, YamlReader.readFile(file), Expectations.class, "an expectations file",
                "an expectations file needs at least experiment and knockouts", "");

        YNode.Pos expPos = binder.positions.get("experiment");
        Path expFile = Binder.found(e.experimentFile(file), expPos, "experiment", e.experiment());
        Experiment exp;
        try {
            exp = ExperimentLoader.load(expFile, defaultMetrics);
        } catch (ScenarioException x) {
            throw Binder.error(expPos, "experiment", "the experiment is not valid: " + x.getMessage());
        }

        for (Map.Entry<String, Expectations.Knockout> k : e.knockouts().entrySet()) {
            String name = k.getKey();
            String path = "knockouts." + name;
            Expectations.Knockout ko = k.getValue();
            if (name.equals(Experiment.BASELINE) || exp.variant(name) == null) {
                List<String> variants = exp.variantNames().subList(1, exp.variantNames().size());
                throw Binder.error(binder.keyPositions.get(path), path, "'" + name + "' is not a variant of the"
                        + " experiment " + expFile.getFileName() + "; its variants are " + String.join(", ", variants)
                        + "." + Names.didYouMean(name, variants));
            }
            for (String m : ko.outcomes().keySet()) {
                String mpath = path + ".outcomes." + m;
                YNode.Pos at = binder.keyPositions.get(mpath);
                if (!Vocabulary.METRICS.contains(m)) {
                    throw Binder.error(at, mpath, Vocabulary.refusal(Vocabulary.METRICS, m));
                }
                if (!exp.metrics().contains(m)) {
                    throw Binder.error(at, mpath, "'" + m + "' is not among the metrics of interest of the experiment "
                            + expFile.getFileName() + " (" + String.join(", ", exp.metrics()) + "), so it has no"
                            + " paired test to score; add it there");
                }
                if (ko.kind().equals("economy") && Expectations.switchedOff(ko.force()).stream()
                        .anyMatch(off -> m.equals(off) || m.startsWith(off + "."))) {
                    throw Binder.error(at, mpath, "'" + m + "' is the quantity this knock-out switches off,"
                            + " not an outcome of it");
                }
            }
            if (Expectations.CORE_FORCES.contains(ko.force())) {
                for (String req : Expectations.REQUIRED_OUTCOMES) {
                    if (!ko.outcomes().containsKey(req)) {
                        throw Binder.error(binder.positions.get(path + ".outcomes"), path + ".outcomes", "a knock-out of "
                                + ko.force() + " must carry an expectation for " + req + " (every knock-out of rent,"
                                + " dividends and pressure carries " + String.join(", ", Expectations.REQUIRED_OUTCOMES)
                                + ")");
                    }
                }
            }
        }

        for (Map.Entry<String, Expectations.Figure> f : e.figures().entrySet()) {
            String path = "figures." + f.getKey();
            Expectations.Figure fig = f.getValue();
            List<String> placeNames = Gazetteer.get().places().stream().map(PlaceInfo::name).toList();
            for (int i = 0; i < fig.places().size(); i++) {
                String pl = fig.places().get(i);
                if (!placeNames.contains(pl)) {
                    String ip = path + ".places[" + i + "]";
                    throw Binder.error(binder.positions.get(ip), ip, "'" + pl
                            + "' is not a place of places.csv." + Names.didYouMean(pl, placeNames));
                }
            }
            if (fig.measure().equals("clash_runs") && !exp.baseline().factions().containsKey(fig.other())
                    && !exp.baseline().coalitions().containsKey(fig.other())) {
                List<String> sides = new java.util.ArrayList<>(exp.baseline().coalitions().keySet());
                sides.addAll(exp.baseline().factions().keySet());
                throw Binder.error(binder.positions.get(path + ".other"), path + ".other", "'" + fig.other()
                        + "' is neither a coalition nor a faction of the baseline scenario (" + String.join(", ", sides)
                        + ")." + Names.didYouMean(fig.other(), sides));
            }
            if (!fig.faction().isEmpty() && !exp.baseline().factions().containsKey(fig.faction())) {
                List<String> ids = List.copyOf(exp.baseline().factions().keySet());
                throw Binder.error(binder.positions.get(path + ".faction"), path + ".faction", "'" + fig.faction()
                        + "' is not a faction of the baseline scenario (" + String.join(", ", ids) + ")."
                        + Names.didYouMean(fig.faction(), ids));
            }
        }
        return new Loaded(file, e, exp);
    }
}

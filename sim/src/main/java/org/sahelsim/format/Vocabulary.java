package org.sahelsim.format;

import org.sahelsim.domain.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.AbcSpec;
import org.sahelsim.scenario.BlocSpec;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.format.ExperimentSpec;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.LatentSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.format.RobustnessSpec;
import org.sahelsim.scenario.ShockSpec;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepSpec;

/**
 * Closed sets of words the format accepts for some text values (allegiances, shock types,
 * sanctions criteria, bloc leanings, the metric names of experiment, robustness and expectations
 * files). The loader checks them with "did you mean" hints and the JSON Schema lists them as
 * enums, from this one place.
 */
public final class Vocabulary {
    /** Jihadist allegiance: none, al-Qaeda, Islamic State. */
    static final List<String> ALLEGIANCES = List.of("none", "aq", "is");

    /** Keyword for {@code coalition}: the faction stands alone. */
    static final String NO_COALITION = "none";

    /** Keywords allowed in {@code levers.integration.groups} besides faction and latent ids. */
    static final List<String> INTEGRATION_KEYWORDS = List.of("non_signatories", "emerged");

    /** The metric names a run records ({@link Metrics#ALL}, the columns of codebook.csv). */
    static final List<String> METRICS = Metrics.ALL.stream().map(MetricDef::name).toList();

    /** The metric names, or '' for a metric the loader chooses (an experiment's first metric, its primary metric). */
    static final List<String> METRICS_OR_DEFAULT = withEmpty(METRICS);

    private Vocabulary() {
    }

    private static List<String> withEmpty(List<String> words) {
        return Stream.concat(Stream.of(""), words.stream()).toList();
    }

    /** Why a text is refused where {@code choices} are the words allowed: what it is not, a hint, the choices. */
    static String refusal(List<String> choices, String text) {
        if (choices == METRICS || choices == METRICS_OR_DEFAULT) {
            return "'" + text + "' is not a metric." + Names.didYouMean(text, METRICS)
                    + " Metrics (see codebook.csv of any output folder): " + String.join(", ", METRICS) + ".";
        }
        List<String> q = choices.stream().map(s -> s.isEmpty() ? "'' (empty)" : s).toList();
        return "'" + text + "' is not allowed here; expected one of " + String.join(", ", q) + "."
                + Names.didYouMean(text, choices);
    }

    /** Labels of the faction kinds, the only kinds a scenario file names. */
    public static List<String> factionKinds() {
        return Arrays.stream(Kind.FACTION_KINDS).map(Kind::label).toList();
    }

    /**
     * The words allowed for a text component (or for each item of a text list), or null when
     * the text is free or checked against the bundled data instead.
     */
    public static List<String> choices(Class<?> record, String component) {
        if ((record == FactionSpec.class || record == LatentSpec.class) && component.equals("allegiance")) {
            return ALLEGIANCES;
        }
        if (record == ShockSpec.class && component.equals("type")) {
            return ShockSpec.TYPES;
        }
        if (record == ShockSpec.class && component.equals("actor")) {
            return withEmpty(ShockSpec.ACTORS);
        }
        if (record == LeversSpec.Sanctions.class && component.equals("criteria")) {
            return LeversSpec.Sanctions.CRITERIA;
        }
        if (record == AbcSpec.class && component.equals("method")) {
            return AbcSpec.METHODS;
        }
        if ((record == SweepSpec.class || record == RobustnessSpec.class) && component.equals("design")
                || record == SweepSpec.class && component.equals("series")) {
            return component.equals("series") ? Sweep.SERIES : Sweep.DesignKind.LABELS;
        }
        if (record == SweepSpec.class && component.equals("compression")) {
            return Sweep.COMPRESSIONS;
        }
        if (record == SweepSpec.Parameter.class && component.equals("type")) {
            return List.of("int", "double");
        }
        if (record == ExperimentSpec.class && component.equals("metrics")
                || record == SweepSpec.class && component.equals("metrics")
                || record == SweepSpec.Discovery.class && component.equals("metric")) {
            return METRICS;
        }
        if (record == ExperimentSpec.class && component.equals("primaryMetric")
                || record == RobustnessSpec.class && component.equals("metric")) {
            return METRICS_OR_DEFAULT;
        }
        if (record == ExperimentSpec.class && component.equals("primaryMetricBetter")) {
            return withEmpty(Experiment.BETTER);
        }
        if (record == RobustnessSpec.class && component.equals("better")) {
            return Robustness.Better.LABELS;
        }
        List<String> expectations = expectationChoices(record, component);
        if (expectations != null) {
            return expectations;
        }
        if (record == BlocSpec.class && component.equals("allegiance")) {
            return List.of("", "aq", "is");
        }
        if (record == BlocSpec.class && component.equals("leaning")) {
            return withEmpty(factionKinds());
        }
        return null;
    }

    /**
     * The words the JSON Schema lists for a text component: its {@link #choices}, or those a loader
     * checks itself with its own message (metric names, as the recording code names them; the
     * comparisons of a discovery question, with the hint to quote them).
     */
    public static List<String> schemaChoices(Class<?> record, String component) {
        if (record == SweepSpec.Discovery.class && component.equals("op")) {
            return SweepLoader.OPS;
        }
        return choices(record, component);
    }

    /** The closed sets of words of an expectations file ({@link Expectations}). */
    private static List<String> expectationChoices(Class<?> record, String component) {
        if (record == Expectations.Knockout.class) {
            return component.equals("force") ? Expectations.FORCES
                    : component.equals("kind") ? Expectations.KNOCKOUT_KINDS : null;
        }
        if (record == Expectations.Expect.class) {
            return component.equals("direction") ? Expectations.DIRECTIONS
                    : component.equals("confidence") ? Expectations.CONFIDENCE : null;
        }
        if (record == Expectations.Figure.class) {
            return switch (component) {
                case "measure" -> withEmpty(Expectations.Figure.MEASURES);
                case "basis" -> Expectations.BASES;
                case "kind" -> withEmpty(factionKinds());
                case "kinds" -> factionKinds();
                case "terms" -> Expectations.Figure.TERMS;
                case "metric", "over" -> METRICS_OR_DEFAULT;
                default -> null;
            };
        }
        return null;
    }
}

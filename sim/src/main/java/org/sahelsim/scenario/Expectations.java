package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mechanisms should do, written before the runs that test them
 * ({@code scenarios/mechanisms/expectations.yaml}): for each knock-out of a force of the model
 * (a variant of a {@code compare} experiment that switches the force's weight or its economy
 * off), the direction in which it should move alliance outcomes, each with the passage of a
 * seed or the published finding behind it; and, for each figure a review of the model
 * measured, the range the record gives. Read by {@code format.ExpectationsLoader}; scored by
 * {@code sahelsim mechanisms}.
 *
 * @param experiment   the experiment whose variants are the knock-outs, relative to this file
 * @param significance Holm-adjusted p-value below which a change counts as significant
 * @param minChange    smallest relative change (difference over the baseline mean) an expected
 *                     move must reach to count as reproduced
 * @param knockouts    the knock-outs, keyed by the experiment's variant names, in file order
 * @param figures      the review's figures with the record's ranges, in file order
 */
public record Expectations(
        @Param(doc = "The compare experiment whose variants are the knock-outs, relative to this file") String experiment,
        @Param(doc = "Holm-adjusted p-value below which a change counts as significant", unit = "probability", min = 0, max = 1, def = "0.01") double significance,
        @Param(doc = "Smallest relative change (difference over the baseline mean) an expected move must reach", unit = "share", min = 0, max = 100, def = "0.1") double minChange,
        @Param(doc = "Knock-outs by the experiment's variant name", min = 1) Map<String, Knockout> knockouts,
        @Param(doc = "Figures of the review of the model, with the range the record gives", def = "{}") Map<String, Figure> figures) {

    /** The forces of the model a knock-out switches off. */
    public static final List<String> FORCES = List.of("rent", "dividend", "pressure", "security", "affinity");
    /** Kinds of knock-out: the weight of a force in every choice, or the economy behind it. */
    public static final List<String> KNOCKOUT_KINDS = List.of("weight", "economy");
    /** Directions of an expected move. */
    public static final List<String> DIRECTIONS = List.of("up", "down");
    /** How firmly the source supports a direction. */
    public static final List<String> CONFIDENCE = List.of("high", "medium", "low");
    /** Where a figure's range comes from. */
    public static final List<String> BASES = List.of("record", "definition", "theory", "assumption");
    /**
     * Outcomes every knock-out of these forces must carry an expectation for (the issue that
     * asked for the knock-outs: switches, splits, clashes and signatory fighters for rent,
     * dividends and pressure).
     */
    public static final List<String> REQUIRED_OUTCOMES = List.of("switches", "splits", "clashes", "signatory_fighters");
    /** Forces whose knock-outs must carry {@link #REQUIRED_OUTCOMES}. */
    public static final List<String> CORE_FORCES = List.of("rent", "dividend", "pressure");
    /** Fewest outcomes a knock-out must carry an expectation for. */
    public static final int MIN_OUTCOMES = 6;

    public Expectations {
        knockouts = Collections.unmodifiableMap(new LinkedHashMap<>(knockouts));
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The quantity a force's economy knock-out switches off: not an outcome of it. */
    public static List<String> switchedOff(String force) {
        return switch (force) {
            case "rent" -> List.of("trafficking_revenue");
            case "dividend" -> List.of("dividends_paid", "implementation");
            case "pressure" -> List.of("jihadist_influence_north", "jihadist_influence_centre");
            default -> List.of();
        };
    }

    /**
     * One knock-out.
     *
     * @param force       the force switched off
     * @param kind        {@code weight} (its weight in every choice is 0, the world unchanged) or
     *                    {@code economy} (the quantity behind it is 0)
     * @param description what the variant sets, in plain words
     * @param outcomes    expected moves by metric name, in file order
     */
    public record Knockout(
            @Param(doc = "The force switched off: rent, dividend, pressure, security or affinity") String force,
            @Param(doc = "weight (the force's weight in every choice is 0) or economy (the quantity behind it is 0)") String kind,
            @Param(doc = "What the variant switches off, in plain words") String description,
            @Param(doc = "Expected moves of alliance outcomes, by metric name", min = 1) Map<String, Expect> outcomes) {
        public Knockout {
            outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
            if (description.isBlank()) {
                throw new IllegalArgumentException("a knock-out needs a description of what it switches off");
            }
            if (outcomes.size() < MIN_OUTCOMES) {
                throw new IllegalArgumentException("a knock-out needs expectations for at least " + MIN_OUTCOMES
                        + " outcomes, has " + outcomes.size());
            }
        }
    }

    /**
     * The expected move of one outcome under a knock-out.
     *
     * @param direction  {@code up} or {@code down}
     * @param confidence how firmly the source supports the direction
     * @param source     the seed passage (by file or seed number) or the published finding
     */
    public record Expect(
            @Param(doc = "Expected direction of the move: up or down") String direction,
            @Param(doc = "How firmly the source supports the direction: high, medium or low", def = "medium") String confidence,
            @Param(doc = "The seed passage or published finding behind the direction") String source) {
        public Expect {
            if (source.isBlank()) {
                throw new IllegalArgumentException("an expectation needs its source (a seed passage or a published finding)");
            }
        }

        /** +1 for up, -1 for down. */
        public int sign() {
            return direction.equals("up") ? 1 : -1;
        }
    }

    /**
     * One figure of the review, with the range the record gives.
     *
     * @param review  what the review of the model measured, in its words
     * @param measure how it is measured on the baseline's runs (one of
     *                {@link Figure#MEASURES}), or empty when the figure is a property of the
     *                model's rules that a test checks rather than a quantity of the runs
     * @param faction the faction a measure is about, where it needs one
     * @param kind    the kind of group a measure is about, where it needs one
     * @param metric  the metric a measure reads, where it needs one
     * @param terms   utility terms, for the measures of decisions' drivers
     * @param range   the record's range, [low, high], for a measured figure; empty otherwise
     * @param basis   where the range comes from
     * @param source  the record (seed, shared data, or a public source named precisely enough to check)
     */
    public record Figure(
            @Param(doc = "What the review of the model measured, in its words") String review,
            @Param(doc = "How the figure is measured on the baseline's runs; empty when a test checks it instead", def = "''") String measure,
            @Param(doc = "Faction id a measure is about", def = "''") String faction,
            @Param(doc = "Kind of group a measure is about (empty: every kind)", def = "''") String kind,
            @Param(doc = "Metric a measure reads", def = "''") String metric,
            @Param(doc = "Utility terms a measure of decisions' drivers counts", def = "[]") List<String> terms,
            @Param(doc = "Kinds of group a measure is about: the two sides of a clash_share, the takers or holders of captures and held_at_end (empty: every armed group)", def = "[]") List<String> kinds,
            @Param(doc = "The other side a measure is about: a coalition's name or a faction id for clash_runs, the target (MINUSMA, FAMa, MOC) for attacks", def = "''") String other,
            @Param(doc = "Places a measure of towns is about (captures, changes_of_hands, held_at_end)", def = "[]") List<String> places,
            @Param(doc = "Fewest events a run needs to count for clash_runs", min = 1, def = "1") int min,
            @Param(doc = "Metric a metric_ratio divides by", def = "''") String over,
            @Param(doc = "Whether a per-run count is given per year of the run (the run's total over its years)", def = "false") boolean perYear,
            @Param(doc = "The record's range [low, high] of a measured figure; empty for a figure a test checks", def = "[]") List<Double> range,
            @Param(doc = "Where the range comes from: record, definition, theory or assumption") String basis,
            @Param(doc = "The record behind the range: a seed, the shared data, or a public source named precisely enough to check") String source) {

        /**
         * The measures of a figure, each a per-run quantity averaged over the baseline's runs:
         * {@code metric_mean} the mean of a metric in {@code runs.csv}; {@code splits} splits per
         * run (of parents of {@code kind}, or of {@code faction}, when given);
         * {@code group_disbands} the share of runs in which {@code faction} ends without a
         * merger decision; {@code absorbed} groups of {@code kind} ending per run by
         * disbanding (absorbed by an heir or not); {@code merged} groups of {@code kind}
         * absorbed per run by a merger decision; {@code rival_allegiance_splinters} splinters
         * per run that take the allegiance rival to their jihadist parent's;
         * {@code majority_splits} splits per run whose bloc held half its parent or more;
         * {@code driver_share} the share of decisions whose driver is one of {@code terms};
         * {@code top_is_driver} the share of decisions whose largest term is also their driver;
         * {@code metric_ratio} the mean of {@code metric} over the mean of {@code over};
         * {@code clash_share} the share of the clashes between armed groups whose two sides are
         * of the two {@code kinds}; {@code ally_clash_share} the share of them between members
         * of one coalition; {@code clash_runs} the share of runs with at least {@code min}
         * clashes between {@code faction} and {@code other} (a member of the coalition of that
         * name, or the faction of that id); {@code attacks} attacks per run on {@code other};
         * {@code captures} captures per run of one of {@code places} by a group of one of
         * {@code kinds} (any armed group when empty); {@code changes_of_hands} captures per run
         * of one of {@code places} by anyone, the army included; {@code held_at_end} the share of
         * runs in which a group of one of {@code kinds} holds the first of {@code places} at
         * the end. With {@code per_year}, a per-run count is divided by the run's years.
         */
        public static final List<String> MEASURES = List.of("metric_mean", "splits", "group_disbands", "absorbed",
                "merged", "rival_allegiance_splinters", "majority_splits", "driver_share", "top_is_driver",
                "metric_ratio", "clash_share", "ally_clash_share", "clash_runs", "attacks", "captures",
                "changes_of_hands", "held_at_end");

        /** Measures that are shares or ratios, which per_year does not apply to. */
        public static final List<String> SHARES = List.of("group_disbands", "driver_share", "top_is_driver",
                "metric_ratio", "clash_share", "ally_clash_share", "clash_runs", "held_at_end");

        /** Targets of attacks (the events' other side). */
        public static final List<String> TARGETS = List.of("MINUSMA", "FAMa", "MOC");

        /** The utility terms a decision's driver can be. */
        public static final List<String> TERMS = List.of("rent", "dividend", "pressure", "security", "affinity",
                "switch_cost", "grievance");

        public Figure {
            terms = List.copyOf(terms);
            kinds = List.copyOf(kinds);
            places = List.copyOf(places);
            range = List.copyOf(range);
            if (review.isBlank() || source.isBlank()) {
                throw new IllegalArgumentException("a figure needs the review's words and the source of its range");
            }
            if (measure.isEmpty() != range.isEmpty()) {
                throw new IllegalArgumentException(measure.isEmpty() ? "a figure without a measure has no range (a test"
                        + " checks it); remove range or name a measure" : "measure " + measure + " needs a range [low, high]");
            }
            // the keys a measure reads, each of which it needs given
            List<String> needs = switch (measure) {
                case "metric_mean" -> List.of("metric");
                case "group_disbands" -> List.of("faction");
                case "absorbed", "merged" -> List.of("kind");
                case "driver_share" -> List.of("terms");
                case "metric_ratio" -> List.of("metric", "over");
                case "clash_runs" -> List.of("faction", "other");
                case "captures", "changes_of_hands" -> List.of("places");
                case "held_at_end" -> List.of("places", "kinds");
                default -> List.of();
            };
            Map<String, Boolean> empty = Map.of("metric", metric.isEmpty(), "faction", faction.isEmpty(),
                    "kind", kind.isEmpty(), "terms", terms.isEmpty(), "over", over.isEmpty(),
                    "other", other.isEmpty(), "places", places.isEmpty(), "kinds", kinds.isEmpty());
            if (measure.equals("clash_share") && kinds.size() != 2) {
                throw new IllegalArgumentException("measure clash_share needs kinds: the two kinds of a"
                        + " clash's sides, was " + kinds);
            }
            if (measure.equals("attacks") && !TARGETS.contains(other)) {
                throw new IllegalArgumentException("measure attacks needs other: one of "
                        + String.join(", ", TARGETS) + ", was '" + other + "'");
            }
            List<String> missing = needs.stream().filter(empty::get).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("measure " + measure + " needs " + String.join(" and ", missing));
            }
            if (perYear && (measure.isEmpty() || SHARES.contains(measure))) {
                throw new IllegalArgumentException("per_year applies to a per-run count, not to measure '" + measure + "'");
            }
            if (!range.isEmpty() && (range.size() != 2 || range.get(0) > range.get(1))) {
                throw new IllegalArgumentException("range must be [low, high] with low <= high, was " + range);
            }
            for (String t : terms) {
                if (!TERMS.contains(t)) {
                    throw new IllegalArgumentException("'" + t + "' is not a utility term; expected one of "
                            + String.join(", ", TERMS));
                }
            }
        }

        /** Lowest value within the record's range. */
        public double low() {
            return range.get(0);
        }

        /** Highest value within the record's range. */
        public double high() {
            return range.get(1);
        }
    }

    /** The experiment file, resolved against the expectations file. */
    public Path experimentFile(Path expectationsFile) {
        Path base = expectationsFile.toAbsolutePath().getParent();
        return (base == null ? Path.of(experiment) : base.resolve(experiment)).normalize();
    }
}

package org.sahelsim.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.ScenarioException;

/**
 * A patterns file as written (the input of {@code validate}; its format is described with its
 * loader, {@code org.sahelsim.validation.PatternsLoader}, which checks what needs more than one
 * value and reads each measure's parameters). Bound by {@link Binder}. The JSON Schema
 * {@code scenarios/patterns.schema.json} is generated from this record.
 *
 * @param scenario the scenario validated, relative to this file
 * @param patterns the patterns, in file order
 */
public record PatternsSpec(
        @Param(doc = "The scenario validated, relative to this file (for example ../history-2012.yaml)")
        String scenario,
        @Param(doc = "The patterns the scenario should reproduce, in the order of the outputs", min = 1)
        List<Pattern> patterns) {

    /**
     * One pattern as written.
     *
     * @param id          its name: lower-case letters, digits and '_', starting with a letter; unique
     * @param description what the pattern is, in plain words
     * @param source      where the history shows it: timeline rows by date
     * @param measure     exactly one measure, its name to its parameters, each kept as written
     * @param threshold   the share of replications that must reproduce the pattern, in (0, 1]
     * @param period      the span of the history it belongs to; empty: none
     */
    public record Pattern(
            @Param(doc = "The pattern's name: lower-case letters, digits and '_', starting with a letter; unique in"
                    + " the file") String id,
            @Param(doc = "What the pattern is, in plain words") String description,
            @Param(doc = "Where the history shows it: timeline rows by date") String source,
            @Param(doc = "Exactly one measure, its name to its parameters (for example pact_forms_and_breaks: {kinds:"
                    + " [separatist, jihadist], max_months: 12}); every measure takes within: [yyyy-MM, yyyy-MM]")
            Map<String, YNode> measure,
            @Param(doc = "The share of replications that must reproduce the pattern for it to pass: above 0 and at"
                    + " most 1") double threshold,
            @Param(doc = "The span of the history the pattern belongs to (for example 2012-2015), over which the runs"
                    + " that reproduce every pattern of it together are counted", def = "''") String period) {
    }

    /**
     * A bound patterns file.
     *
     * @param spec         its values
     * @param positions    where each value was written, by dotted path ({@code patterns[0].threshold})
     * @param keyPositions where each key of a map was written, by dotted path; a key given no value is absent
     */
    public record Loaded(PatternsSpec spec, Map<String, YNode.Pos> positions, Map<String, YNode.Pos> keyPositions) {
    }

    /** Reads a patterns file and binds it: keys, types and sizes; the rest is the caller's to check. */
    public static Loaded load(Path file) throws ScenarioException {
        Binder binder = new Binder();
        PatternsSpec spec = binder.bindTop(file, YamlReader.readFile(file), PatternsSpec.class, "a patterns file",
                "expected 'scenario' and 'patterns'", "");
        return new Loaded(spec, Map.copyOf(binder.positions), Map.copyOf(binder.keyPositions));
    }
}

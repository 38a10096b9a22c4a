package org.sahelsim.validation;

/**
 * A pattern measure: reads one run's events and monthly metrics and says whether the run
 * reproduces the pattern, with a short explanation (which groups, when). Pure: the same run
 * gives the same outcome, whatever the thread. Parameters are fixed at construction, from the
 * patterns file.
 */
public interface Measure {
    /** The measure's name as written in the patterns file, e.g. {@code pact_forms_and_breaks}. */
    String name();

    /** Whether the run reproduces the pattern, and why in a few words. */
    Outcome evaluate(RunLog run);
}

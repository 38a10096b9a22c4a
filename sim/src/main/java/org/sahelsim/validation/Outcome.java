package org.sahelsim.validation;

/** What a measure found in one run: whether the pattern is reproduced, and a short explanation. */
public record Outcome(boolean reproduced, String explanation) {
    public Outcome {
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("an outcome needs an explanation");
        }
    }

    static Outcome yes(String explanation) {
        return new Outcome(true, explanation);
    }

    static Outcome no(String explanation) {
        return new Outcome(false, explanation);
    }
}

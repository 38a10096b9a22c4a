package org.sahelsim.domain;

/** The kind of an armed group or actor, as written in files and in {@code events.csv}. */
public enum Kind {
    SEPARATIST("separatist"),
    PROGOVERNMENT("progovernment"),
    COMMUNITY_MILITIA("community_militia"),
    JIHADIST("jihadist"),
    STATE("state"),
    MINUSMA("minusma"),
    INTERNATIONAL("international");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The name used in YAML and CSV files. */
    public String label() {
        return label;
    }

    /** Whether this kind is a non-state armed group (a faction of the model). */
    public boolean isFaction() {
        return ordinal() <= JIHADIST.ordinal();
    }

    /** The non-state faction kinds, in a fixed order used for per-kind breakdowns. */
    public static final Kind[] FACTION_KINDS = {SEPARATIST, PROGOVERNMENT, COMMUNITY_MILITIA, JIHADIST};

    @Override
    public String toString() {
        return label;
    }
}

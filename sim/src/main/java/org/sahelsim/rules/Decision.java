package org.sahelsim.rules;

/**
 * What the events of a decision carry: its detail ({@link Utility#detail}: the chosen option's
 * terms, their differences from staying, its probability) and the utilities its rule compared to
 * make it, the chosen option's and staying's, the very numbers the rule used. The journal is
 * handed them with the event ({@link org.sahelsim.world.Journal#decision}), so a check can hold
 * what was logged against what was used.
 */
record Decision(String detail, double utility, double stayUtility) {

    /** The same decision with more written at the end of its detail. */
    Decision withDetail(String more) {
        return new Decision(detail + more, utility, stayUtility);
    }
}

package org.sahelsim.world;

import org.sahelsim.record.Event;

/** Where mechanisms report what happened; the model's recorder implements it. */
public interface Journal {
    void log(Event event);

    /**
     * The event of a decision, with the utilities its rule compared to make it: the chosen
     * option's and staying's, unrounded (each the sum of the terms the event's detail lists,
     * rounded there). The record of a run is the event alone, so by default it is logged as any
     * other; a check can compare what the rule used with what it logged.
     */
    default void decision(Event event, double utility, double stayUtility) {
        log(event);
    }

    /** Deaths of a cause (clashes, attacks, strikes). */
    void fatalities(org.sahelsim.record.Metrics.Cause cause, double deaths);

    /** Fighters who deserted. */
    void desertions(double fighters);

    /** Civilians killed in attacks on communities. */
    void civilians(double deaths);
}

package org.sahelsim.world;

import org.sahelsim.record.Event;

/** Where mechanisms report what happened; the model's recorder implements it. */
public interface Journal {
    void log(Event event);

    /** Deaths of a cause (clashes, attacks, strikes). */
    void fatalities(org.sahelsim.record.Metrics.Cause cause, double deaths);

    /** Fighters who deserted. */
    void desertions(double fighters);

    /** Civilians killed in attacks on communities. */
    void civilians(double deaths);
}

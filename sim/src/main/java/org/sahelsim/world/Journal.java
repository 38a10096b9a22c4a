package org.sahelsim.world;

import org.sahelsim.record.Event;

/** Where mechanisms report what happened; the model's recorder implements it. */
public interface Journal {
    void log(Event event);

    /** Fatalities outside recorded clashes and attacks (strikes). */
    void fatalities(double deaths);

    /** Fighters who deserted. */
    void desertions(double fighters);
}

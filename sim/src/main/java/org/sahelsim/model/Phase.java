package org.sahelsim.model;

import org.sahelsim.rules.Mechanism;

/** One phase of the month: a name, the mechanisms it runs in order, and their random stream. */
public record Phase(String name, String description, Step[] steps) {

    /** A mechanism and the stream it draws from. */
    public record Step(Mechanism mechanism, Stream stream) {
    }
}

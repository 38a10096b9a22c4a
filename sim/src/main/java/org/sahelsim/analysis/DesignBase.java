package org.sahelsim.analysis;

import java.util.List;

/** What every design of ranges keeps: its name as written in the sweep file and its swept parameters. */
abstract class DesignBase implements Design {
    private final String kind;
    protected final List<ParameterRange> parameters;

    /** Parameters checked by {@link Design#checkParameters}; {@code what} names the design in messages. */
    DesignBase(String kind, String what, List<ParameterRange> parameters) {
        this.kind = kind;
        this.parameters = Design.checkParameters(what, parameters);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<ParameterRange> parameters() {
        return parameters;
    }
}

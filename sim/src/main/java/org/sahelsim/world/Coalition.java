package org.sahelsim.world;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Kind;

/** A named membership of factions. Ties between factions are kept apart, in {@link Ties}. */
public final class Coalition {
    public final String name;
    public final Kind kind;
    /** Position in the world's list of coalitions (stable: the list only grows). */
    public int index;
    /** Whether the coalition signed the accord; its members at signature became signatories. */
    public boolean signatory;
    public boolean alive = true;
    /** Scratch accumulators for contests (valid while {@code accStamp} is current). */
    public double acc;
    public int accStamp;

    /** Members in order of joining (a list, so iteration order is fixed). */
    public final List<Faction> members = new ArrayList<>();

    public Coalition(String name, Kind kind, boolean signatory) {
        this.name = name;
        this.kind = kind;
        this.signatory = signatory;
    }

    public double fighters() {
        double s = 0;
        for (Faction f : members) {
            s += f.fighters;
        }
        return s;
    }

    @Override
    public String toString() {
        return name;
    }
}

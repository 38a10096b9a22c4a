package org.sahelsim.rules;

import org.sahelsim.world.World;

/**
 * Peace dividends (brief, term 2; seeds 001, 003, 004): only members of a signatory coalition
 * are paid; each signatory coalition's share of the accord's fund (times how far
 * implementation has gone, plus its members' integration quotas) is split inside it in
 * proportion to fighters^capture ({@link Dividends#perFighter}), and the chooser keeps its cut
 * (a bloc's political weight). A group outside the accord gets nothing.
 */
public final class DividendTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        return w.p.betaDividend() * p.keep * p.dividendPerFighter();
    }
}

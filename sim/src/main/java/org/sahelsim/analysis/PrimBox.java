package org.sahelsim.analysis;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A box of PRIM (see {@link Prim}): a range per parameter, and how well it singles out the
 * cases of interest. {@code coverage} is the share of all cases of interest that fall in the
 * box, {@code density} the share of the cases in the box that are of interest, {@code mass}
 * the share of all cases in the box (Bryant and Lempert 2010, Technol. Forecast. Soc. Change
 * 77:34-49). With outcomes given as shares (of a point's replications), "cases of interest"
 * are summed shares.
 *
 * @param bounds     one per parameter, in the sweep's order
 * @param cases      cases inside the box
 * @param ofInterest cases of interest inside the box (a sum of shares)
 */
public record PrimBox(List<Bound> bounds, int cases, double ofInterest, double mass, double coverage, double density) {

    /**
     * The box's range on one parameter, both ends included. {@code restricted} says whether the
     * box excludes any case on this parameter; an unrestricted side shows the parameter's
     * whole range.
     */
    public record Bound(String parameter, double low, double high, boolean lowRestricted, boolean highRestricted) {
        public Bound {
            if (parameter == null || parameter.isBlank()) {
                throw new IllegalArgumentException("a box bound needs its parameter's path");
            }
            if (!(low <= high)) {
                throw new IllegalArgumentException("box bound on " + parameter + ": low " + low + " above high " + high);
            }
        }

        /** True when the box cuts this parameter on either side. */
        public boolean restricted() {
            return lowRestricted || highRestricted;
        }

        /** True when {@code v} lies in the range. */
        public boolean contains(double v) {
            return v >= low && v <= high;
        }
    }

    public PrimBox {
        if (bounds == null || bounds.isEmpty()) {
            throw new IllegalArgumentException("a box needs a bound per parameter");
        }
        bounds = List.copyOf(bounds);
        if (cases < 0) {
            throw new IllegalArgumentException("box cases must be >= 0, was " + cases);
        }
    }

    /** The bounds that restrict the box (the ranges to report). */
    public List<Bound> restrictedBounds() {
        return bounds.stream().filter(Bound::restricted).toList();
    }

    /** True when the case with parameter values {@code x} (in the sweep's order) lies in the box. */
    public boolean contains(double[] x) {
        if (x.length != bounds.size()) {
            throw new IllegalArgumentException("a case of " + x.length + " values for a box of " + bounds.size() + " parameters");
        }
        return IntStream.range(0, x.length).allMatch(d -> bounds.get(d).contains(x[d]));
    }
}

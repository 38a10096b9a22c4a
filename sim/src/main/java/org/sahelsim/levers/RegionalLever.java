package org.sahelsim.levers;

import java.util.List;

/** A scheduled lever acting with one strength on a list of named regions. */
abstract class RegionalLever extends ScheduledLever {
    /** Indexes of the regions acted on, in the world's region order. */
    final int[] regions;
    final double strength;

    RegionalLever(Schedule schedule, double strength, List<String> names, List<String> regionOrder) {
        super(schedule);
        this.strength = strength;
        this.regions = indexes(names, regionOrder);
    }

    static int[] indexes(List<String> names, List<String> regionOrder) {
        int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = regionOrder.indexOf(names.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("unknown region '" + names.get(i) + "' in a lever");
            }
        }
        return idx;
    }
}

package org.sahelsim.levers;

import java.util.List;

/** Resolves region names to indexes for levers that act on regions. */
final class RegionalLever {
    private RegionalLever() {
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

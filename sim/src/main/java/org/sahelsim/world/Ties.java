package org.sahelsim.world;

import java.util.Arrays;

/**
 * Alliance (positive) and rivalry (negative) ties between factions, in [-1, 1], apart from
 * coalition membership: a tie across two coalitions does not merge them.
 */
public final class Ties {
    private double[][] w = new double[32][32];

    private void ensure(int n) {
        if (n <= w.length) {
            return;
        }
        int size = Math.max(n, w.length * 2);
        double[][] nw = new double[size][size];
        for (int i = 0; i < w.length; i++) {
            nw[i] = Arrays.copyOf(w[i], size);
        }
        for (int i = w.length; i < size; i++) {
            nw[i] = new double[size];
        }
        w = nw;
    }

    public double get(Faction a, Faction b) {
        int n = Math.max(a.index, b.index) + 1;
        if (n > w.length) {
            return 0;
        }
        return w[a.index][b.index];
    }

    public void set(Faction a, Faction b, double value) {
        if (a == b) {
            return;
        }
        ensure(Math.max(a.index, b.index) + 1);
        double v = Math.max(-1, Math.min(1, value));
        w[a.index][b.index] = v;
        w[b.index][a.index] = v;
    }

    public void add(Faction a, Faction b, double delta) {
        set(a, b, get(a, b) + delta);
    }
}

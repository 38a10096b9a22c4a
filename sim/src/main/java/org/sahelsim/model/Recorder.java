package org.sahelsim.model;

import java.util.Arrays;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Journal;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Collects a run's events as they happen and computes its metrics at step 0 and after
 * every month (Mesa's habit), passing both to a {@link RunSink}. Event counts are per month.
 */
public final class Recorder implements Journal {
    private final RunSink sink;
    private final double[] values = new double[Metrics.count()];
    private final int[] counts = new int[EventType.values().length];
    private double fatalities;
    private final double[] byCause = new double[Metrics.Cause.values().length];
    private double desertions;
    private double civilians;
    private int attacksOnMinusma;

    public Recorder(RunSink sink) {
        this.sink = sink;
    }

    @Override
    public void log(Event e) {
        counts[e.type().ordinal()]++;
        if (e.type() == EventType.ATTACK && "MINUSMA".equals(e.other())) {
            attacksOnMinusma++;
        }
        sink.event(e);
    }

    @Override
    public void fatalities(Metrics.Cause cause, double deaths) {
        fatalities += deaths;
        byCause[cause.ordinal()] += deaths;
    }

    @Override
    public void civilians(double deaths) {
        civilians += deaths;
    }

    @Override
    public void desertions(double fighters) {
        desertions += fighters;
    }

    /** Computes and passes on the metrics of a step, then resets the month's counts. */
    public void record(World w, int step) {
        double[] v = values;
        Arrays.fill(v, 0);
        v[Metrics.SWITCHES] = counts[EventType.SWITCH.ordinal()];
        v[Metrics.SPLITS] = counts[EventType.SPLIT.ordinal()];
        v[Metrics.MERGERS] = counts[EventType.MERGE.ordinal()];
        v[Metrics.CLASHES] = counts[EventType.CLASH.ordinal()];
        v[Metrics.FATALITIES] = fatalities;
        for (int i = 0; i < byCause.length; i++) {
            v[Metrics.FATALITIES_BY_CAUSE + i] = byCause[i];
        }
        v[Metrics.ATTACKS_ON_MINUSMA] = attacksOnMinusma;
        v[Metrics.JOINS] = counts[EventType.JOIN.ordinal()];
        v[Metrics.LEAVES] = counts[EventType.LEAVE.ordinal()];
        v[Metrics.MOBILIZATIONS] = counts[EventType.MOBILIZE.ordinal()];
        v[Metrics.DISBANDS] = counts[EventType.DISBAND.ordinal()];
        v[Metrics.CAPTURES] = counts[EventType.CAPTURE.ordinal()];
        v[Metrics.DISPUTES_SETTLED] = counts[EventType.DISPUTE_SETTLED.ordinal()];
        v[Metrics.RECOGNITIONS] = counts[EventType.RECOGNITION.ordinal()];
        v[Metrics.COMMUNAL_VIOLENCE] = counts[EventType.COMMUNAL_VIOLENCE.ordinal()];
        v[Metrics.CIVILIAN_DEATHS] = civilians;
        v[Metrics.ATTACKS] = counts[EventType.ATTACK.ordinal()];
        v[Metrics.FIGHTER_DESERTIONS] = desertions;

        double total = 0;
        double jihadist = 0;
        double sigFighters = 0;
        double sigCohesion = 0;
        double rent = 0;
        double div = 0;
        for (Faction f : w.factions) {
            total += f.fighters;
            int k = kindIndex(f.kind);
            v[Metrics.FIGHTERS_BY_KIND + k] += f.fighters;
            v[Metrics.GROUPS_BY_KIND + k] += 1;
            v[Metrics.TRAFFICKING_BY_KIND + k] += f.rentIncome;
            v[Metrics.DIVIDENDS_BY_KIND + k] += f.dividendIncome;
            rent += f.rentIncome;
            div += f.dividendIncome;
            if (f.isJihadist()) {
                jihadist += f.fighters;
            }
            if (!f.isJihadist() && f.coalition != null && hasJihadist(f.coalition)) {
                v[Metrics.JIHADIST_ALLIED_FIGHTERS] += f.fighters;
            }
            if (f.signatory) {
                sigFighters += f.fighters;
                sigCohesion += f.fighters * f.cohesion;
            }
        }
        v[Metrics.ARMED_GROUPS] = w.factions.size();
        double h = 0;
        for (Faction f : w.factions) {
            double s = total > 0 ? f.fighters / total : 0;
            h += s * s;
        }
        v[Metrics.EFFECTIVE_GROUPS] = h > 0 ? 1 / h : 0;
        int coalitions = 0;
        double largest = 0;
        for (Coalition c : w.coalitions) {
            if (c.alive && c.members.size() >= 2) {
                coalitions++;
                largest = Math.max(largest, c.fighters());
            }
        }
        for (Faction f : w.factions) {
            if (f.coalition == null || f.coalition.members.size() < 2) {
                largest = Math.max(largest, f.fighters);
            }
        }
        v[Metrics.COALITIONS] = coalitions;
        v[Metrics.LARGEST_BLOC_SHARE] = total > 0 ? largest / total : 0;
        v[Metrics.JIHADIST_FIGHTER_SHARE] = total > 0 ? jihadist / total : 0;
        double nPop = 0;
        double nInf = 0;
        double nCov = 0;
        double cPop = 0;
        double cInf = 0;
        for (Region r : w.regions) {
            if (r.north) {
                nPop += r.population;
                nInf += r.population * r.influence;
                nCov += r.population * r.coverage;
            } else if (r.centre) {
                cPop += r.population;
                cInf += r.population * r.influence;
            }
            int idx = Metrics.REGIONS.indexOf(r.name);
            if (idx >= 0) {
                v[Metrics.INFLUENCE_BY_REGION + idx] = r.influence;
            }
        }
        v[Metrics.JIHADIST_INFLUENCE_NORTH] = nPop > 0 ? nInf / nPop : 0;
        v[Metrics.JIHADIST_INFLUENCE_CENTRE] = cPop > 0 ? cInf / cPop : 0;
        v[Metrics.MINUSMA_COVERAGE_NORTH] = nPop > 0 ? nCov / nPop : 0;
        v[Metrics.SIGNATORY_FIGHTERS] = sigFighters;
        v[Metrics.SIGNATORY_COHESION] = sigFighters > 0 ? sigCohesion / sigFighters : 0;
        v[Metrics.TRAFFICKING_REVENUE] = rent;
        v[Metrics.DIVIDENDS_PAID] = div;
        v[Metrics.ALLIANCE_MODULARITY] = modularity(w);
        v[Metrics.FIGHTERS] = total;
        v[Metrics.IMPLEMENTATION] = w.implementation;
        sink.metrics(step, v);
        Arrays.fill(counts, 0);
        fatalities = 0;
        Arrays.fill(byCause, 0);
        desertions = 0;
        civilians = 0;
        attacksOnMinusma = 0;
    }

    private static boolean hasJihadist(Coalition c) {
        for (Faction m : c.members) {
            if (m.isJihadist()) {
                return true;
            }
        }
        return false;
    }

    static int kindIndex(Kind k) {
        for (int i = 0; i < Kind.FACTION_KINDS.length; i++) {
            if (Kind.FACTION_KINDS[i] == k) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a faction kind: " + k);
    }

    /**
     * Newman modularity of the coalition partition (standalone factions as singletons) on
     * the graph of positive ties: Q = sum over communities of (L_c/m - (d_c/2m)^2).
     */
    public static double modularity(World w) {
        int n = w.factions.size();
        double m2 = 0;
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double a = Math.max(0, w.ties.get(w.factions.get(i), w.factions.get(j)));
                    degree[i] += a;
                    m2 += a;
                }
            }
        }
        if (m2 <= 0) {
            return 0;
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            Faction fi = w.factions.get(i);
            for (int j = 0; j < n; j++) {
                Faction fj = w.factions.get(j);
                boolean same = i == j || (fi.coalition != null && fi.coalition == fj.coalition);
                if (!same) {
                    continue;
                }
                double a = i == j ? 0 : Math.max(0, w.ties.get(fi, fj));
                q += a - degree[i] * degree[j] / m2;
            }
        }
        return q / m2;
    }
}

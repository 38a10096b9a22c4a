package org.sahelsim.validation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.CoalitionSpec;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ShockSpec;

/**
 * What a measure reads of one run: the events in the order the model emitted them, the metric
 * rows of steps 0 to {@code months} (index = step; may be empty when no measure needs them),
 * and what the events do not repeat: the start month, the factions and coalitions at the
 * start, and the scenario's signing shocks (so that signatory coalitions can be rebuilt by
 * the model's rule, see {@link CoalitionReplay}). A log built by {@link #of} or the
 * {@link Builder} sees the whole run; {@link #window} narrows it.
 *
 * @param start                 month of step 0; step k is dated start + k months
 * @param initialKinds          kind of each faction at the start, in file order
 * @param initialCoalitionNames coalitions named at the start, in file order (with or without members)
 * @param initialCoalitions     the coalition of each faction that had one at the start (faction id to
 *                              coalition name)
 * @param initialSignatories    coalitions that were signatories at the start
 * @param signings              the signing shocks in month order
 * @param rows                  metric rows, index = step (empty when the log was built without metrics)
 * @param first                 first step a measure looks at (0 without a window): the window a measure
 *                              looks at is steps {@code first} to {@code last}, both included
 * @param last                  last step a measure looks at ({@code months} without a window)
 * @param empty                 whether the window holds no month of the run
 */
public record RunLog(YearMonth start, int months, Map<String, Kind> initialKinds,
                     List<String> initialCoalitionNames, Map<String, String> initialCoalitions,
                     Set<String> initialSignatories, List<Signing> signings, List<Event> events,
                     List<double[]> rows, int first, int last, boolean empty) {
    /**
     * A signing shock: at {@code step}, the coalitions named (or chosen by the rule
     * {@value ShockSpec#ALL_NON_JIHADIST}) become signatories; {@code accord} is true for the
     * accord's signature, false for a preliminary agreement.
     */
    public record Signing(int step, boolean accord, List<String> coalitions) {
        public Signing {
            coalitions = List.copyOf(coalitions);
        }
    }

    public RunLog {
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
        if (!rows.isEmpty() && rows.size() != months + 1) {
            throw new IllegalArgumentException("expected the metric rows of steps 0.." + months + " (" + (months + 1)
                    + " rows), got " + rows.size());
        }
        for (double[] r : rows) {
            if (r.length != Metrics.count()) {
                throw new IllegalArgumentException("a metric row has " + r.length + " values, expected " + Metrics.count());
            }
        }
        initialKinds = Collections.unmodifiableMap(new LinkedHashMap<>(initialKinds));
        initialCoalitionNames = List.copyOf(initialCoalitionNames);
        initialCoalitions = Collections.unmodifiableMap(new LinkedHashMap<>(initialCoalitions));
        initialSignatories = Collections.unmodifiableSet(new LinkedHashSet<>(initialSignatories));
        List<Signing> sorted = new ArrayList<>(signings);
        // stable: signings of one month keep their file order, as the model applies them
        sorted.sort((a, b) -> Integer.compare(a.step(), b.step()));
        signings = Collections.unmodifiableList(sorted);
        events = Collections.unmodifiableList(new ArrayList<>(events));
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        if (first < 0 || last > months || first > last) {
            throw new IllegalArgumentException("window " + first + ".." + last + " outside steps 0.." + months);
        }
    }

    /**
     * The same run seen through a window of months (both included, clamped to the run): its
     * events up to the window's last month (earlier ones stay, so that memberships can be
     * rebuilt), and {@link #first}, {@link #last} and {@link #total} bounded by the window. A
     * window wholly outside the run is empty: its first step comes after its last.
     */
    public RunLog window(YearMonth from, YearMonth to) {
        int f = Math.max(0, (int) java.time.temporal.ChronoUnit.MONTHS.between(start, from));
        int l = Math.min(months, (int) java.time.temporal.ChronoUnit.MONTHS.between(start, to));
        List<Event> upTo = events.stream().filter(e -> e.step() <= l).toList();
        if (f > l) {
            // nothing of the run falls in the window: an empty view at the nearest end
            int at = f > months ? months : 0;
            return new RunLog(start, months, initialKinds, initialCoalitionNames, initialCoalitions,
                    initialSignatories, signings, List.of(), rows, at, at, true);
        }
        return new RunLog(start, months, initialKinds, initialCoalitionNames, initialCoalitions, initialSignatories,
                signings, upTo, rows, f, l, false);
    }

    /** Whether an event of this step falls in the window. */
    public boolean inWindow(int step) {
        return !empty && step >= first && step <= last;
    }

    /**
     * What {@code text} says of each event of the window of type {@code type} that
     * {@code match} accepts, in order.
     */
    public List<String> found(EventType type, Predicate<Event> match, Function<Event, String> text) {
        return events.stream().filter(e -> e.type() == type && inWindow(e.step()) && match.test(e)).map(text)
                .toList();
    }

    /** The log of one run of {@code scenario}: its events and metric rows (index = step). */
    public static RunLog of(Scenario scenario, List<Event> events, List<double[]> rows) {
        Builder b = new Builder(scenario.start(), scenario.months());
        for (Map.Entry<String, CoalitionSpec> e : scenario.coalitions().entrySet()) {
            b.coalition(e.getKey(), e.getValue().signatory());
        }
        for (Map.Entry<String, FactionSpec> e : scenario.factions().entrySet()) {
            FactionSpec f = e.getValue();
            b.faction(e.getKey(), f.kind(), f.coalition().equals("none") ? null : f.coalition());
        }
        for (ShockSpec s : scenario.shocks()) {
            if (s.signs()) {
                b.signing(s.at().step(scenario.start()), s.type().equals("accord_signed"), s.coalitions());
            }
        }
        b.events.addAll(events);
        b.rows.addAll(rows);
        return b.build();
    }

    /** The date of a step, {@code yyyy-MM}. */
    public String date(int step) {
        return start.plusMonths(step).toString();
    }

    /** Step of the first accord signature, or -1 when the scenario schedules none. */
    public int firstAccordStep() {
        for (Signing s : signings) {
            if (s.accord()) {
                return s.step();
            }
        }
        return -1;
    }

    /**
     * A count metric totalled over months 1 to {@code months}, as in {@code runs.csv}, or over
     * the months of the window (step 0 holds no month's count).
     */
    public double total(int metric) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("this run log holds no metric rows");
        }
        double s = 0;
        if (empty) {
            return 0;
        }
        for (int step = Math.max(1, first); step <= last && step < rows.size(); step++) {
            s += rows.get(step)[metric];
        }
        return s;
    }

    /** Builds a log by hand (tests) or from a scenario ({@link #of}). */
    public static final class Builder {
        private final YearMonth start;
        private final int months;
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final Map<String, String> coalitions = new LinkedHashMap<>();
        private final Set<String> signatories = new LinkedHashSet<>();
        private final List<String> coalitionNames = new ArrayList<>();
        private final List<Signing> signings = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        public Builder(YearMonth start, int months) {
            this.start = start;
            this.months = months;
        }

        /** A faction present at the start, with its coalition (or null for none). */
        public Builder faction(String id, Kind kind, String coalition) {
            kinds.put(id, kind);
            if (coalition != null) {
                if (!coalitionNames.contains(coalition)) {
                    coalitionNames.add(coalition);
                }
                coalitions.put(id, coalition);
            }
            return this;
        }

        /** A coalition named at the start (before its members), signatory or not. */
        public Builder coalition(String name, boolean signatory) {
            if (!coalitionNames.contains(name)) {
                coalitionNames.add(name);
            }
            if (signatory) {
                signatories.add(name);
            }
            return this;
        }

        /** A signing shock at a step. */
        public Builder signing(int step, boolean accord, List<String> names) {
            signings.add(new Signing(step, accord, names));
            return this;
        }

        public Builder event(Event e) {
            events.add(e);
            return this;
        }

        public Builder events(List<Event> es) {
            events.addAll(es);
            return this;
        }

        /** The metric rows of steps 0..months. */
        public Builder rows(List<double[]> rs) {
            rows.addAll(rs);
            return this;
        }

        public RunLog build() {
            return new RunLog(start, months, kinds, coalitionNames, coalitions, signatories, signings, events,
                    rows, 0, months, false);
        }
    }
}

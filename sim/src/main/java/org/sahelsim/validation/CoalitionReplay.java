package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.scenario.ShockSpec;

/**
 * Rebuilds, from a run's events, who is in which coalition at any moment, the kind of every
 * faction, and which coalitions are signatories. The rules follow the model's event key
 * ({@code interface.md}, "Events"):
 * <ul>
 * <li>{@code coalition_formed}: the coalition {@code other} exists with its founder
 * {@code actor}; the partner's {@code join} follows.</li>
 * <li>{@code join}: {@code actor}, standing alone, enters {@code other}; {@code switch}: it
 * leaves its coalition and enters {@code other}; {@code leave}: it leaves {@code other}.</li>
 * <li>{@code coalition_dissolved}: the coalition {@code other} ends; whoever is left in it
 * stands alone.</li>
 * <li>{@code merge}: the absorbed faction {@code other} ends; {@code disband}: {@code actor}
 * ends; either way it leaves its coalition.</li>
 * <li>Kinds come from the scenario for the groups of the start, and from each event's
 * {@code actor_kind} and {@code other_kind} for groups that appear later (splinters,
 * mobilised communities): kinds never change in the model.</li>
 * <li>Signatories follow the scenario's signing shocks by the model's rule
 * ({@code model/Shocks}): at the start of the shock's month, before that month's events, each
 * named coalition still alive signs, and for {@value ShockSpec#ALL_NON_JIHADIST} every
 * coalition alive with at least two members, none of them jihadist. A coalition stays a
 * signatory while it lives.</li>
 * </ul>
 * Feed events in the order the model emitted them with {@link #apply}; call
 * {@link #advanceTo} to reach the start of a month without events.
 */
public final class CoalitionReplay {
    private final RunLog run;
    // looked up by key only; every list of names handed out is in creation order
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, String> coalitionOf = new HashMap<>();
    /** Alive coalitions and their members, both in order of entry. */
    private final LinkedHashMap<String, List<String>> members = new LinkedHashMap<>();
    private final Set<String> signatories = new HashSet<>();
    private int nextSigning;
    private int step = -1;

    /** The state at the start (step 0, after the start month's signing shocks). */
    public CoalitionReplay(RunLog run) {
        this.run = run;
        kinds.putAll(run.initialKinds());
        for (String c : run.initialCoalitionNames()) {
            members.put(c, new ArrayList<>());
        }
        for (Map.Entry<String, String> e : run.initialCoalitions().entrySet()) {
            members.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            coalitionOf.put(e.getKey(), e.getValue());
        }
        signatories.addAll(run.initialSignatories());
        advanceTo(0);
    }

    /** Applies the signing shocks of every month up to {@code month} not applied yet. */
    public void advanceTo(int month) {
        if (month < step) {
            throw new IllegalArgumentException("cannot go back from step " + step + " to " + month);
        }
        step = month;
        List<RunLog.Signing> signings = run.signings();
        while (nextSigning < signings.size() && signings.get(nextSigning).step() <= month) {
            sign(signings.get(nextSigning++));
        }
    }

    private void sign(RunLog.Signing s) {
        for (String name : s.coalitions()) {
            if (name.equals(ShockSpec.ALL_NON_JIHADIST)) {
                for (Map.Entry<String, List<String>> e : members.entrySet()) {
                    boolean jihadist = e.getValue().stream().anyMatch(f -> kinds.get(f) == Kind.JIHADIST);
                    if (e.getValue().size() >= 2 && !jihadist) {
                        signatories.add(e.getKey());
                    }
                }
            } else if (members.containsKey(name)) {
                signatories.add(name);
            }
        }
    }

    /** Applies one event (after the signing shocks of its month). */
    public void apply(Event e) {
        advanceTo(e.step());
        if (e.actorKind() != null && e.actorKind().isFaction()) {
            kinds.put(e.actor(), e.actorKind());
        }
        if (e.other() != null && e.otherKind() != null && e.otherKind().isFaction()) {
            kinds.put(e.other(), e.otherKind());
        }
        switch (e.type()) {
            case COALITION_FORMED -> {
                exit(e.actor());
                members.put(e.other(), new ArrayList<>());
                enter(e.actor(), e.other());
            }
            case JOIN, SWITCH -> {
                exit(e.actor());
                enter(e.actor(), e.other());
            }
            case LEAVE, DISBAND -> exit(e.actor());
            case MERGE -> exit(e.other());
            case COALITION_DISSOLVED -> {
                List<String> left = members.remove(e.other());
                if (left != null) {
                    left.forEach(coalitionOf::remove);
                }
                signatories.remove(e.other());
            }
            default -> {
                // clashes, attacks, captures, splits and mobilisations change no membership
            }
        }
    }

    private void exit(String faction) {
        String c = coalitionOf.remove(faction);
        if (c != null) {
            List<String> m = members.get(c);
            if (m != null) {
                m.remove(faction);
            }
        }
    }

    private void enter(String faction, String coalition) {
        // a coalition the log never introduced (a hand-built log) is created on first entry
        members.computeIfAbsent(coalition, k -> new ArrayList<>()).add(faction);
        coalitionOf.put(faction, coalition);
    }

    /** The month reached (the step of the last event applied or of the last {@link #advanceTo}). */
    public int step() {
        return step;
    }

    /** Alive coalitions in order of creation. */
    public List<String> coalitions() {
        return List.copyOf(members.keySet());
    }

    /** Members of an alive coalition in order of entry (empty if it is not alive). */
    public List<String> members(String coalition) {
        List<String> m = members.get(coalition);
        return m == null ? List.of() : Collections.unmodifiableList(m);
    }

    /** The coalition a faction is in, or null when it stands alone (or has ended). */
    public String coalitionOf(String faction) {
        return coalitionOf.get(faction);
    }

    /** The kind of a faction, or null when no event nor the scenario gave it. */
    public Kind kindOf(String faction) {
        return kinds.get(faction);
    }

    /** Whether an alive coalition is a signatory. */
    public boolean signatory(String coalition) {
        return members.containsKey(coalition) && signatories.contains(coalition);
    }

    /** Members of a coalition of the given kind. */
    public int count(String coalition, Kind kind) {
        return (int) members(coalition).stream().filter(f -> kinds.get(f) == kind).count();
    }

    /** Whether more than half of a coalition's members are of the given kinds (a camp). */
    public boolean ledBy(String coalition, Collection<Kind> camp) {
        List<String> m = members(coalition);
        long in = m.stream().filter(f -> camp.contains(kinds.get(f))).count();
        return !m.isEmpty() && 2 * in > m.size();
    }

    /** A coalition and its members for explanations: {@code name (A, B)}. */
    public String describe(String coalition) {
        return coalition + " (" + String.join(", ", members(coalition)) + ")";
    }
}

package org.sahelsim.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sahelsim.domain.Kind;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;
import org.sahelsim.format.YamlWriter;

/**
 * The levers as the classroom changes them: what the Console's Levers tab ({@link #panel()})
 * reads and sets, the "now" buttons below the window, and the choosers of targets, groups,
 * coalition and bases.
 *
 * <p>The levers shown are those of the next month to be simulated. A change records a timed
 * input for that month in the {@link Session} (so a change made while month k is shown applies
 * from month k+1), then calls back so the running model gets it. Turning a lever on also moves
 * its start to that month if it was later, and removes an end already passed. A change the
 * scenario format refuses (a base that is not open...) is not recorded; the problem is
 * reported in plain words.
 */
public final class LeverSettings implements LeverPanel.Levers {
    /** One entry of a chooser: its words, the values it sets, and when it is the current one. */
    record Choice(String key, String arg, Map<String, String> set, Predicate<LeversSpec> current) {
    }

    /** The bases of seed 001 closed when no other is chosen (those of them that are open). */
    static final List<String> SEED_BASES = List.of("Tessalit", "Ansongo");

    private final Session session;
    private final Texts texts;
    private final IntSupplier nextMonth;
    private final Consumer<String> onProblem;
    private final Consumer<TimedInput> onChange;

    /**
     * @param nextMonth the month a change made now applies from (1 before the run starts)
     * @param onProblem told in plain words when a change is refused
     * @param onChange  told of each recorded change (to pass it to the running model)
     */
    public LeverSettings(Session session, Texts texts, IntSupplier nextMonth, Consumer<String> onProblem,
                         Consumer<TimedInput> onChange) {
        this.session = session;
        this.texts = texts;
        this.nextMonth = nextMonth;
        this.onProblem = onProblem;
        this.onChange = onChange;
    }

    // ---------------------------------------------------------------- helpers

    /** The month a change made now applies from. */
    public int changeMonth() {
        return Math.max(1, nextMonth.getAsInt());
    }

    /** A list as the YAML text of a lever value. */
    static String list(List<String> items) {
        return YamlWriter.flow(items);
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Records a change; false (and a message) when it is refused. */
    @Override
    public boolean change(Map<String, String> set) {
        int at = nextMonth.getAsInt();
        if (at > session.base().months()) {
            onProblem.accept(texts.t("msg.over"));
            return false;
        }
        try {
            onChange.accept(session.record(Math.max(1, at), set));
            return true;
        } catch (ScenarioException e) {
            onProblem.accept(texts.f("msg.invalid", e.problem()));
            return false;
        } catch (IllegalArgumentException e) {
            onProblem.accept(texts.f("msg.invalid", e.getMessage()));
            return false;
        }
    }

    /** The values that turn a lever on from the change month (start moved up, a passed end removed). */
    Map<String, String> onNow(String lever) {
        int at = changeMonth();
        LeverSpec spec = next().all().get(LeversSpec.NAMES.indexOf(lever));
        Scenario s = session.base();
        Map<String, String> m = map("levers." + lever + ".enabled", "true");
        int start = spec.start().step(s.start());
        if (!spec.enabled() || start > at) {
            m.put("levers." + lever + ".start", Integer.toString(Math.min(start, at)));
        }
        if (spec.end() != null && spec.end().step(s.start()) <= at) {
            m.put("levers." + lever + ".end", "null");
        }
        return m;
    }

    @Override
    public void enable(String lever, boolean on) {
        change(on ? onNow(lever) : map("levers." + lever + ".enabled", "false"));
    }

    /** Sanctions now: on from the change month; with no targets, by trafficking ties and spoiling. */
    public boolean sanctionsNow() {
        Map<String, String> m = onNow("sanctions");
        LeversSpec.Sanctions s = next().sanctions();
        if (s.targets().isEmpty() && s.criteria().isEmpty()) {
            m.put("levers.sanctions.criteria", list(LeversSpec.Sanctions.CRITERIA));
        }
        return change(m);
    }

    /** Integration now: on from the change month, with the groups chosen (every group outside the accord by default). */
    public boolean integrationNow() {
        Map<String, String> m = onNow("integration");
        if (next().integration().groups().isEmpty()) {
            m.put("levers.integration.groups", list(List.of("non_signatories")));
        }
        return change(m);
    }

    /**
     * Base closure now: the MINUSMA lever on from the change month, closing the bases chosen
     * or, if none is chosen, the bases of seed 001 (Tessalit and Ansongo) that are open.
     */
    public boolean closeBasesNow() {
        Map<String, String> m = onNow("minusma");
        if (next().minusma().closeBases().isEmpty()) {
            List<String> open = openBases(session.base());
            List<String> close = new ArrayList<>(SEED_BASES.stream().filter(open::contains).toList());
            if (close.isEmpty() && !open.isEmpty()) {
                close.add(open.get(open.size() - 1));
            }
            m.put("levers.minusma.close_bases", list(close));
        }
        return change(m);
    }

    // ---------------------------------------------------------------- choosers

    private static List<String> openBases(Scenario s) {
        Set<String> open = new LinkedHashSet<>(s.minusma().bases());
        s.shocks().stream().filter(sh -> sh.type().equals("minusma_deployment"))
                .forEach(sh -> open.addAll(sh.bases()));
        return new ArrayList<>(open);
    }

    private static List<Choice> targetChoices(Scenario s) {
        List<Choice> out = new ArrayList<>();
        List<String> none = List.of();
        out.add(choice("choice.criteria.both", null, none, LeversSpec.Sanctions.CRITERIA));
        out.add(choice("choice.criteria.trafficking", null, none, List.of("trafficking_ties")));
        out.add(choice("choice.criteria.spoiling", null, none, List.of("spoiling")));
        for (Kind k : Kind.FACTION_KINDS) {
            List<String> ids = s.factions().entrySet().stream().filter(e -> e.getValue().kind() == k)
                    .map(Map.Entry::getKey).toList();
            if (ids.size() >= 2) {
                out.add(choice("choice.kind", "kind." + k.label(), ids, none));
            }
        }
        s.factions().keySet().forEach(id -> out.add(choice(null, id, List.of(id), none)));
        LeversSpec.Sanctions cur = s.levers().sanctions();
        if (cur.targets().isEmpty() && cur.criteria().isEmpty()) {
            out.add(0, choice("choice.nobody", null, List.of(), List.of()));
        } else if (indexOf(out, s.levers()) < 0) {
            out.add(0, choice("choice.asscenario", describe(cur.targets(), cur.criteria()), cur.targets(), cur.criteria()));
        }
        return out;
    }

    private static Choice choice(String key, String arg, List<String> targets, List<String> criteria) {
        return new Choice(key, arg, map("levers.sanctions.targets", list(targets), "levers.sanctions.criteria",
                list(criteria)), l -> l.sanctions().targets().equals(targets) && l.sanctions().criteria().equals(criteria));
    }

    private static String describe(List<String> a, List<String> b) {
        List<String> all = Stream.concat(a.stream(), b.stream()).toList();
        return all.isEmpty() ? "-" : String.join(", ", all);
    }

    private static List<Choice> groupChoices(Scenario s) {
        List<Choice> out = new ArrayList<>();
        out.add(group("choice.nonsignatories", null, List.of("non_signatories")));
        out.add(group("choice.emerged", null, List.of("emerged")));
        s.factions().keySet().forEach(id -> out.add(group(null, id, List.of(id))));
        // a community not yet in arms by its name and region, not by its identifier
        s.latent().forEach((id, l) -> out.add(group("choice.latent", l.community() + "|" + l.region(), List.of(id))));
        List<String> cur = s.levers().integration().groups();
        if (indexOf(out, s.levers()) < 0) {
            out.add(0, group("choice.asscenario", describe(cur, List.of()), cur));
        }
        return out;
    }

    private static Choice group(String key, String arg, List<String> ids) {
        return new Choice(key, arg, map("levers.integration.groups", list(ids)),
                l -> l.integration().groups().equals(ids));
    }

    private static List<Choice> coalitionChoices(Scenario s) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("choice.closest", null, map("levers.integration.coalition", "''"),
                l -> l.integration().coalition().isEmpty()));
        for (String c : s.coalitions().keySet()) {
            out.add(new Choice(null, c, map("levers.integration.coalition", YamlWriter.flow(c)),
                    l -> l.integration().coalition().equals(c)));
        }
        return out;
    }

    private static List<Choice> baseChoices(Scenario s) {
        List<Choice> out = new ArrayList<>();
        out.add(base("choice.none", null, List.of()));
        List<String> open = openBases(s);
        if (open.containsAll(SEED_BASES)) {
            out.add(base("choice.and", String.join("|", SEED_BASES), SEED_BASES));
        }
        open.forEach(b -> out.add(base(null, b, List.of(b))));
        List<String> cur = s.levers().minusma().closeBases();
        if (indexOf(out, s.levers()) < 0) {
            out.add(0, base("choice.asscenario", describe(cur, List.of()), cur));
        }
        return out;
    }

    private static Choice base(String key, String arg, List<String> closed) {
        return new Choice(key, arg, map("levers.minusma.close_bases", list(closed)),
                l -> l.minusma().closeBases().equals(closed));
    }

    private static int indexOf(List<Choice> choices, LeversSpec l) {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).current().test(l))
                .findFirst().orElse(-1);
    }

    /** A chooser of the lever panel over a list of choices. */
    private final class Choices implements LeverPanel.Chooser {
        private final List<Choice> choices;

        Choices(List<Choice> choices) {
            this.choices = choices;
        }

        @Override
        public String[] labels() {
            return choices.stream().map(c -> c.key() == null ? c.arg() : switch (c.key()) {
                case "choice.and" -> c.arg().replace("|", " " + texts.t("choice.and") + " ");
                case "choice.latent" -> texts.f(c.key(), (Object[]) c.arg().split("\\|"));
                case "choice.kind" -> texts.f(c.key(), texts.t(c.arg()).toLowerCase(texts.locale()));
                default -> texts.f(c.key(), c.arg());
            }).toArray(String[]::new);
        }

        @Override
        public int current() {
            return Math.max(0, indexOf(choices, next()));
        }

        @Override
        public void choose(int i) {
            if (i >= 0 && i < choices.size() && i != current()) {
                change(choices.get(i).set());
            }
        }
    }

    // ---------------------------------------------------------------- what the panel reads and changes

    /**
     * The lever panel over these settings: the levers of {@link LeversSpec}, with the choosers of
     * sanctions targets, groups to integrate, the receiving coalition and MINUSMA bases to close.
     */
    public LeverPanel panel() {
        Scenario s = session.base();
        return LeverPanel.of(LeversSpec.class, this, Map.of(
                "levers.sanctions.targets", new Choices(targetChoices(s)),
                "levers.integration.groups", new Choices(groupChoices(s)),
                "levers.integration.coalition", new Choices(coalitionChoices(s)),
                "levers.minusma.close_bases", new Choices(baseChoices(s))), texts);
    }

    @Override
    public LeversSpec next() {
        return session.leversAt(changeMonth());
    }

    @Override
    public long seed() {
        return session.seed();
    }

    @Override
    public void setSeed(long s) {
        try {
            session.setSeed(s);
        } catch (IllegalArgumentException e) {
            onProblem.accept(texts.f("msg.invalid", e.getMessage()));
        }
    }
}

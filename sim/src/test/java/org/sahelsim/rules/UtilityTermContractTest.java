package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.arch.MainClasses;
import org.sahelsim.model.Snapshot;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * The contract every {@link UtilityTerm} passes, one case per term: it is one of the terms every
 * decision sums ({@link Utility#TERMS}), in the place of its name; it is finite for every
 * arrangement a decision can weigh in a small world ({@link ContractWorld#prospects}); where its
 * input is absent it is zero, or the value its documentation gives, and it is not that value
 * everywhere while its input is there; it is deterministic: the same arrangement gives the same
 * value valued again, made anew, or in a world built again from the same seed, and valuing
 * leaves the world as it was. A term of main code without a case fails
 * {@link #everyTermOfMainCodeHasItsContractCaseAndIsSummedByEveryDecision}.
 */
class UtilityTermContractTest {

    /**
     * A term's case: its class, its name in event details, what takes its input out of a world,
     * the arrangements whose input is then absent, and the term's documented value there.
     */
    record Case(Class<? extends UtilityTerm> type, String name, Consumer<World> removeInput, Predicate<Prospect> absent,
                ToDoubleBiFunction<World, Prospect> documented) {
        UtilityTerm term() {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static final List<Case> CASES = List.of(
            // no route yields rent: there is nothing to take
            new Case(RentTerm.class, "rent", w -> {
                for (Route r : w.routes) {
                    r.netRent = 0;
                }
            }, p -> true, (w, p) -> 0),
            // the accord is not in force: no one is paid
            new Case(DividendTerm.class, "dividend", w -> w.accordInForce = false, p -> true, (w, p) -> 0),
            // no jihadist influence anywhere and no counter-terrorism: neither threats, offers nor strikes
            new Case(PressureTerm.class, "pressure", w -> {
                for (Region r : w.regions) {
                    r.influence = 0;
                }
                new Exposure().apply(w, null);
                w.inputs.ctTempo = 0;
            }, p -> true, (w, p) -> 0),
            // no side the chooser would face: it prevails and keeps what prevailing is worth
            new Case(SecurityTerm.class, "security", w -> { }, p -> p.rival() == 0, UtilityTermContractTest::unopposed),
            // standing alone: no one to be close to or at odds with
            new Case(AffinityTerm.class, "affinity", w -> { }, p -> p.side.size() == 1, (w, p) -> 0),
            // no change: staying costs nothing
            new Case(SwitchCostTerm.class, "switch_cost", w -> { }, p -> !p.change, (w, p) -> 0));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    /**
     * Security without a rival, as {@link SecurityTerm} documents it: the side prevails with the
     * chance s^g / (s^g + 1) (a rival counts at least one fighter) and prevailing is worth
     * survival plus the side's stake shared among its fighters.
     */
    private static double unopposed(World w, Prospect p) {
        double s = Math.max(1, p.sideFighters());
        double chance = Math.pow(s, w.p.warDecisiveness()) / (Math.pow(s, w.p.warDecisiveness()) + 1);
        return w.p.betaSecurity() * chance * (w.p.survivalValue() + w.p.securityStake() / s);
    }

    private static World world(long seed) {
        return ContractWorld.after(seed, 2).world();
    }

    private static List<Double> values(UtilityTerm t, World w, List<Prospect> prospects) {
        List<Double> out = new ArrayList<>();
        for (Prospect p : prospects) {
            out.add(t.contribution(w, p));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isOneOfTheTermsEveryDecisionSumsInThePlaceOfItsName(Case c) {
        int i = Arrays.asList(Utility.NAMES).indexOf(c.name());
        assertTrue(i >= 0, c.name() + " is a term's name in event details");
        assertEquals(c.type(), Utility.TERMS.get(i).getClass());
        World w = world(1);
        UtilityTerm t = c.term();
        for (Prospect p : ContractWorld.prospects(w)) {
            assertEquals(t.contribution(w, p), Utility.terms(p)[i], 0.0, p.label);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isFiniteForEveryArrangementOfASmallWorld(Case c) {
        for (long seed = 1; seed <= 2; seed++) {
            World w = world(seed);
            List<Prospect> all = ContractWorld.prospects(w);
            assertTrue(all.size() > 50, "arrangements weighed: " + all.size());
            for (Prospect p : all) {
                double v = c.term().contribution(w, p);
                assertTrue(Double.isFinite(v), p.actor.id + " " + p.label + ": " + v);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isZeroOrItsDocumentedValueWhereItsInputIsAbsentAndNotEverywhereWhileItIsThere(Case c) {
        UtilityTerm t = c.term();
        World with = world(1);
        long differ = ContractWorld.prospects(with).stream()
                .filter(p -> t.contribution(with, p) != c.documented().applyAsDouble(with, p)).count();
        assertTrue(differ > 0, "while its input is there, the term is not everywhere its value without it");
        World w = world(1);
        c.removeInput().accept(w);
        w.version++; // what was valued before the change is valued again
        List<Prospect> absent = ContractWorld.prospects(w).stream().filter(c.absent()).toList();
        assertTrue(!absent.isEmpty(), "arrangements without the term's input");
        for (Prospect p : absent) {
            double expected = c.documented().applyAsDouble(w, p);
            assertEquals(expected, t.contribution(w, p), 1e-12 * Math.max(1, Math.abs(expected)), p.actor.id + " " + p.label);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isDeterministicAndLeavesTheWorldAsItWas(Case c) {
        UtilityTerm t = c.term();
        World w = world(5);
        String before = Snapshot.of(w);
        List<Prospect> prospects = ContractWorld.prospects(w);
        List<Double> first = values(t, w, prospects);
        assertEquals(first, values(t, w, prospects), "valued again");
        assertEquals(first, values(t, w, ContractWorld.prospects(w)), "made anew");
        assertEquals(first, values(c.term(), w, prospects), "by another instance");
        assertEquals(before, Snapshot.of(w), "valuing changes nothing in the world");
        World again = world(5);
        assertEquals(first, values(t, again, ContractWorld.prospects(again)), "in the world built again from the same seed");
    }

    @Test
    void everyTermOfMainCodeHasItsContractCaseAndIsSummedByEveryDecision() {
        List<String> withCase = CASES.stream().map(c -> c.type().getName()).sorted().toList();
        assertEquals(MainClasses.implementing(UtilityTerm.class), withCase, "every utility term of main code has a case here");
        assertEquals(withCase, Utility.TERMS.stream().map(t -> t.getClass().getName()).sorted().toList(),
                "and every decision sums each of them");
        assertEquals(Utility.NAMES.length, Utility.TERMS.size(), "one name per term");
    }
}

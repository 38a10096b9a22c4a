package org.sahelsim.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.arch.MainClasses;
import org.sahelsim.model.Snapshot;
import org.sahelsim.model.Tiny;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.Inputs;
import org.sahelsim.world.World;

/**
 * The contract every {@link Lever} passes, one case per implementation: it acts in the months of
 * its schedule and in no other, never when disabled; in a month it acts it changes exactly the
 * inputs of mechanisms its case names, and nothing else (its class reaches no part of the world
 * but {@link Inputs}: no outcome, no metric, no event); the same inputs and month give the same
 * change whatever it did in other months. A lever of main code without a case fails
 * {@link #everyLeverOfMainCodeHasItsContractCaseAndIsBuiltForScenarios}.
 */
class LeverContractTest {

    /** A lever of every kind, each set to change every input it can from the standing values below. */
    private static final String WORLD = """
            name: lever-contract
            start: 2015-06
            months: 1
            factions: {MNLA: {kind: separatist, coalition: CMA, fighters: 1000, regions: [Kidal, Gao], blocs: {Ifoghas: {share: 1.0}}}}
            coalitions: {CMA: {kind: separatist, signatory: true}}
            minusma: {troops: 6000, mobile_share: 0.2, bases: [Gao, Tessalit]}
            counter_terrorism: {troops: 1600, tempo: 1}
            accord: {in_force: true}
            levers:
              minusma: {troops: 9000, mobile_share: 0.6, close_bases: [Tessalit], open_bases: [Menaka], civilian: 2}
              sanctions: {targets: [MNLA], criteria: [spoiling], enforcement: 0.5, spare_progovernment: true}
              integration: {groups: [MNLA], coalition: CMA, quota: 120}
              accord: {pace: 3, funding: 2}
              reconciliation: {strength: 0.5, regions: [Kidal]}
              mixed_patrols: {strength: 1, regions: [Gao]}
              counter_terrorism: {tempo: 3}
              state_presence: {strength: 0.2, regions: [Kidal]}
              clientelist_arming: {budget: 300000}
              mediation: {capacity: 2}
            """;

    private static final Scenario SCENARIO = Tiny.scenario(WORLD);
    private static final World BUILT = Tiny.started(SCENARIO, 1, null).world();
    private static final List<String> REGIONS = Arrays.stream(BUILT.regions).map(r -> r.name).toList();
    private static final LeversSpec SPEC = SCENARIO.levers();

    /** Makes a lever of one kind from the scenario's settings on a schedule. */
    @FunctionalInterface
    interface Maker {
        Lever make(LeversSpec spec, Schedule schedule, List<String> regionOrder);
    }

    /** A lever class, how to make one, and the inputs it changes (fields of {@link Inputs}). */
    record Case(Class<? extends Lever> type, Maker maker, Set<String> changes) {
        Lever make(Schedule schedule) {
            return maker.make(SPEC, schedule, REGIONS);
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static final List<Case> CASES = List.of(
            new Case(MinusmaPostureLever.class, (s, t, r) -> new MinusmaPostureLever(s.minusma(), t),
                    Set.of("minusmaTroops", "mobileShare", "bases", "civilian")),
            new Case(SanctionsLever.class, (s, t, r) -> new SanctionsLever(s.sanctions(), t),
                    Set.of("sanctionsOn", "sanctionTargets", "sanctionCriteria", "sanctionEnforcement", "spareProgovernment")),
            new Case(IntegrationLever.class, (s, t, r) -> new IntegrationLever(s.integration(), t),
                    Set.of("integrationOn", "integrationGroups", "integrationCoalition", "integrationQuota")),
            new Case(AccordLever.class, (s, t, r) -> new AccordLever(s.accord(), t), Set.of("paceMultiplier", "fundingMultiplier")),
            new Case(ReconciliationLever.class, (s, t, r) -> new ReconciliationLever(s.reconciliation(), t, r),
                    Set.of("reconciliation")),
            new Case(MixedPatrolsLever.class, (s, t, r) -> new MixedPatrolsLever(s.mixedPatrols(), t, r), Set.of("patrols")),
            new Case(CounterTerrorismLever.class, (s, t, r) -> new CounterTerrorismLever(s.counterTerrorism(), t),
                    Set.of("ctTempo")),
            new Case(StatePresenceLever.class, (s, t, r) -> new StatePresenceLever(s.statePresence(), t, r),
                    Set.of("stateBoost")),
            new Case(ClientelistArmingLever.class, (s, t, r) -> new ClientelistArmingLever(s.clientelistArming(), t),
                    Set.of("armingBudget")),
            new Case(MediationLever.class, (s, t, r) -> new MediationLever(s.mediation(), t), Set.of("arbiterCapacity")));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    /** The world's standing inputs with the lever applied in a month, field by field. */
    private static Map<String, String> applied(Lever lever, int month) {
        Inputs in = new Inputs(REGIONS.size());
        in.copyFrom(BUILT.standing);
        if (lever != null) {
            lever.apply(in, month);
        }
        return Snapshot.fields(in);
    }

    private static final Map<String, String> STANDING = applied(null, 0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void doesNothingWhenDisabled(Case c) {
        Lever lever = c.make(new Schedule(false, 1, -1));
        for (int month = 0; month <= 24; month++) {
            assertEquals(STANDING, applied(lever, month), "month " + month);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void actsFromItsStartMonthUpToItsEndMonthAndInNoOther(Case c) {
        Lever lever = c.make(new Schedule(true, 3, 6));
        for (int month = 0; month <= 9; month++) {
            boolean acts = month >= 3 && month < 6;
            assertEquals(acts, !STANDING.equals(applied(lever, month)), "month " + month);
        }
        Lever open = c.make(new Schedule(true, 3, -1));
        assertEquals(STANDING, applied(open, 2), "before its start");
        assertNotEquals(STANDING, applied(open, 120), "without an end it goes on acting");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesExactlyTheInputsItNames(Case c) {
        Map<String, String> after = applied(c.make(new Schedule(true, 1, -1)), 4);
        Set<String> changed = new TreeSet<>();
        for (String field : STANDING.keySet()) {
            if (!STANDING.get(field).equals(after.get(field))) {
                changed.add(field);
            }
        }
        assertEquals(new TreeSet<>(c.changes()), changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameInputsAndMonthGiveTheSameChangeWhateverItDidInOtherMonths(Case c) {
        Schedule schedule = new Schedule(true, 2, 8);
        Lever lever = c.make(schedule);
        Map<String, String> first = applied(lever, 4);
        for (int month = 0; month <= 10; month++) {
            applied(lever, month);
        }
        assertEquals(first, applied(lever, 4), "again, after acting in other months");
        assertEquals(first, applied(c.make(schedule), 4), "a lever made anew with the same settings");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reachesNoPartOfTheWorldButTheInputs(Case c) {
        List<String> outside = new ArrayList<>();
        for (JavaClass k = MainClasses.get(c.type().getName()); k.getPackageName().equals(Lever.class.getPackageName());
                k = k.getRawSuperclass().orElseThrow()) {
            for (Dependency d : k.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass().getBaseComponentType();
                String p = t.getPackageName();
                boolean allowed = t.isPrimitive() || p.startsWith("java.") || p.equals(Lever.class.getPackageName())
                        || p.equals(Scenario.class.getPackageName()) || t.isEquivalentTo(Inputs.class);
                if (!allowed) {
                    outside.add(d.getDescription());
                }
            }
        }
        assertEquals(List.of(), outside, "a lever changes mechanisms' inputs and nothing else");
    }

    @Test
    void everyLeverOfMainCodeHasItsContractCaseAndIsBuiltForScenarios() {
        List<String> withCase = CASES.stream().map(c -> c.type().getName()).sorted().toList();
        assertEquals(MainClasses.implementing(Lever.class), withCase, "every lever of main code has a case here");
        List<String> built = Levers.of(SPEC, SCENARIO.start(), REGIONS).stream().map(l -> l.getClass().getName()).sorted()
                .toList();
        assertEquals(withCase, built, "and a scenario's levers are these, one of each");
        assertTrue(built.size() == LeversSpec.NAMES.size(), "one lever per name under levers:");
    }
}

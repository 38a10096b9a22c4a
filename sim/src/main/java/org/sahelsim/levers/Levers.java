package org.sahelsim.levers;

import java.time.YearMonth;
import java.util.List;
import org.sahelsim.scenario.LeversSpec;

/** Builds the levers of a scenario, in the fixed order of {@link LeversSpec#NAMES}. */
public final class Levers {
    private Levers() {
    }

    public static List<Lever> of(LeversSpec s, YearMonth origin, List<String> regionOrder) {
        return List.of(
                new MinusmaPostureLever(s.minusma(), Schedule.of(s.minusma(), origin)),
                new SanctionsLever(s.sanctions(), Schedule.of(s.sanctions(), origin)),
                new IntegrationLever(s.integration(), Schedule.of(s.integration(), origin)),
                new AccordLever(s.accord(), Schedule.of(s.accord(), origin)),
                new ReconciliationLever(s.reconciliation(), Schedule.of(s.reconciliation(), origin), regionOrder),
                new MixedPatrolsLever(s.mixedPatrols(), Schedule.of(s.mixedPatrols(), origin), regionOrder),
                new CounterTerrorismLever(s.counterTerrorism(), Schedule.of(s.counterTerrorism(), origin)),
                new StatePresenceLever(s.statePresence(), Schedule.of(s.statePresence(), origin), regionOrder),
                new ClientelistArmingLever(s.clientelistArming(), Schedule.of(s.clientelistArming(), origin)),
                new MediationLever(s.mediation(), Schedule.of(s.mediation(), origin)));
    }
}

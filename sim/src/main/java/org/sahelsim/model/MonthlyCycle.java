package org.sahelsim.model;

import java.util.List;
import org.sahelsim.levers.Lever;
import org.sahelsim.rules.Alignment;
import org.sahelsim.rules.Attacks;
import org.sahelsim.rules.Clashes;
import org.sahelsim.rules.CommunalViolence;
import org.sahelsim.rules.Cohesion;
import org.sahelsim.rules.Control;
import org.sahelsim.rules.Deployment;
import org.sahelsim.rules.Disbanding;
import org.sahelsim.rules.Dividends;
import org.sahelsim.rules.Expansion;
import org.sahelsim.rules.Exposure;
import org.sahelsim.rules.Grievances;
import org.sahelsim.rules.Influence;
import org.sahelsim.rules.Integration;
import org.sahelsim.rules.Levies;
import org.sahelsim.rules.Mergers;
import org.sahelsim.rules.Mobilization;
import org.sahelsim.rules.Pledges;
import org.sahelsim.rules.Presence;
import org.sahelsim.rules.Radicalisation;
import org.sahelsim.rules.Recognition;
import org.sahelsim.rules.Rents;
import org.sahelsim.rules.Splits;
import org.sahelsim.rules.Strikes;
import org.sahelsim.rules.Treasury;
import org.sahelsim.world.World;

/**
 * The order of a month, written once, here (brief, "one month, in phases"). Every run, the
 * GUI and the tests go through this list. Phase 1's inputs step (shocks, then levers on the
 * standing inputs) is done by {@link SahelModel} before the mechanisms of phase 1 run.
 */
public final class MonthlyCycle {
    private MonthlyCycle() {
    }

    private static Phase.Step step(org.sahelsim.rules.Mechanism m, Stream s) {
        return new Phase.Step(m, s);
    }

    /** The phases of one month, in order. */
    public static final List<Phase> PHASES = List.of(
            new Phase("schedule", "Shocks and levers of the month set the inputs; integration offers are weighed; the accord's committee recognises new parties",
                    new Phase.Step[] {step(new Integration(), Stream.INTEGRATION), step(new Recognition(), Stream.RECOGNITION)}),
            new Phase("presence", "MINUSMA coverage, state presence, army, patrols; counter-terrorism strikes",
                    new Phase.Step[] {step(new Presence(), null), step(new Strikes(), Stream.STRIKES)}),
            new Phase("rents", "Fighters move toward the best marginal rent; routes' rents are contested (Tullock) and sanctioned",
                    new Phase.Step[] {step(new Deployment(false), null), step(new Rents(), null)}),
            new Phase("dividends", "Implementation advances; signatories are paid; jihadists levy where they hold influence; treasuries pay fighters, desertion and recruitment; jihadists recruit the disaffected",
                    new Phase.Step[] {step(new Dividends(true), null), step(new Levies(), null),
                        step(new Treasury(), null), step(new Radicalisation(), null)}),
            new Phase("pressure", "Jihadist pressure and reach on each faction",
                    new Phase.Step[] {step(new Exposure(), null)}),
            new Phase("decisions", "Factions review their alignment (logit over options; members accept newcomers)",
                    new Phase.Step[] {step(new Alignment(), Stream.ALIGNMENT)}),
            new Phase("splits", "Aggrieved jihadist blocs may pledge to the Islamic State; aggrieved blocs of low-cohesion factions may break away",
                    new Phase.Step[] {step(new Pledges(), Stream.PLEDGES), step(new Splits(), Stream.SPLITS)}),
            new Phase("consolidation", "Mergers, disbanding of unviable groups, mobilisation of latent communities, jihadist groups extend into new regions",
                    new Phase.Step[] {step(new Mergers(), Stream.MERGERS), step(new Disbanding(), null),
                        step(new Mobilization(), Stream.MOBILIZATION), step(new Expansion(), Stream.EXPANSION)}),
            new Phase("clashes", "Clashes over routes and hubs; attacks on MINUSMA, the army and patrols; attacks on communities; control of towns",
                    new Phase.Step[] {step(new Clashes(), Stream.CLASHES), step(new Attacks(), Stream.ATTACKS),
                        step(new CommunalViolence(), Stream.COMMUNAL), step(new Control(false), Stream.CONTROL)}),
            new Phase("influence", "Communities' grievance moves; jihadist influence grows in the vacuum and spreads; grievance and cohesion move",
                    new Phase.Step[] {step(new Grievances(), null), step(new Influence(), null), step(new Cohesion(), null)}),
            new Phase("record", "Metrics of the step and the month's events are recorded", new Phase.Step[0]));

    /** The set-up pass before step 0: presence, placement, rents, dividends, pressure and control, without events. */
    public static final List<Phase.Step> SETUP = List.of(step(new Presence(), null), step(new Rents(), null),
            step(new Deployment(true), null),
            step(new Control(true), null), step(new Rents(), null), step(new Dividends(false), null),
            step(new Exposure(), null));

    /** Sets the month's inputs: standing inputs after shocks, then each lever in order. */
    static void setInputs(World w, Shocks shocks, List<Lever> levers, int month) {
        shocks.apply(w, month);
        w.inputs.copyFrom(w.standing);
        for (Lever l : levers) {
            l.apply(w.inputs, month);
        }
    }
}

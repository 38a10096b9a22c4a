package org.sahelsim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A whole scenario, resolved: {@code extends} applied, defaults filled in, every value
 * checked. Immutable; maps keep the order of the file. This is the contract between the
 * file format and the model: the model reads nothing else.
 */
public record Scenario(
        @Param(doc = "Short name of the scenario, used in output folder names and reports") String name,
        @Param(doc = "What the scenario represents, in plain words", def = "''") String description,
        @Param(doc = "A paragraph for the classroom window: what the scenario shows and what to point at", def = "''")
        String teachingNote,
        @Param(doc = "Calendar month of step 0 (yyyy-MM)") YearMonth start,
        @Param(doc = "Number of months simulated", unit = "months", min = 1, max = 1200) int months,
        @Param(doc = "Armed groups present at the start, keyed by id; ids must exist in the bundled faction data for the start date")
        Map<String, FactionSpec> factions,
        @Param(doc = "Named coalitions present at the start, keyed by name", def = "{}")
        Map<String, CoalitionSpec> coalitions,
        @Param(doc = "Latent community blocs that can take up arms as new factions, keyed by id", def = "{}")
        Map<String, LatentSpec> latent,
        @Param(doc = "Per-region state of the world at the start, keyed by region name", def = "{}")
        Map<String, RegionSpec> regions,
        @Param(doc = "Monthly rent of single routes, overriding the bundled route table, keyed by route id", unit = "USD/month", def = "{}")
        Map<String, Double> routeRents,
        @Param(doc = "MINUSMA at the start", def = "{}") MinusmaSpec minusma,
        @Param(doc = "The Malian army at the start", def = "{}") ArmySpec army,
        @Param(doc = "French counter-terrorism (Serval, then Barkhane) at the start", def = "{}") CounterTerrorismSpec counterTerrorism,
        @Param(doc = "The peace accord's dividends", def = "{}") AccordSpec accord,
        @Param(doc = "The outside arbiter that settles disputes between allies", def = "{}") ArbiterSpec arbiter,
        @Param(doc = "Exogenous shocks scheduled by date (coup, intervention, deployment, accord signature); never alliance events", def = "[]")
        List<ShockSpec> shocks,
        @Param(doc = "Policy levers, each scheduled with start, end and strength", def = "{}") LeversSpec levers,
        @Param(doc = "Changes of levers at given months, in month order then file order (as the classroom window records"
                + " them); each applies on top of the levers and of the earlier timed inputs", def = "[]")
        List<TimedInput> timedInputs,
        @Param(doc = "Model constants (behaviour and mechanics)", def = "{}") ModelParams params) {

    public Scenario {
        factions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factions));
        coalitions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coalitions));
        latent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(latent));
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
        routeRents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(routeRents));
        shocks = List.copyOf(shocks);
        timedInputs = List.copyOf(timedInputs);
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
    }

    /** The same scenario with other levers. */
    public Scenario withLevers(LeversSpec newLevers) {
        return new Scenario(name, description, teachingNote, start, months, factions, coalitions, latent, regions,
                routeRents, minusma, army, counterTerrorism, accord, arbiter, shocks, newLevers, timedInputs, params);
    }

    /** The same scenario with other timed inputs. */
    public Scenario withTimedInputs(List<TimedInput> inputs) {
        return new Scenario(name, description, teachingNote, start, months, factions, coalitions, latent, regions,
                routeRents, minusma, army, counterTerrorism, accord, arbiter, shocks, levers, inputs, params);
    }

    /** The calendar month of a step. */
    public YearMonth dateOf(int step) {
        return start.plusMonths(step);
    }
}

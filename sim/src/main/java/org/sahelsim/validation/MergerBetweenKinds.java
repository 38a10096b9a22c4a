package org.sahelsim.validation;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;

/**
 * {@code merger_between_kinds: {absorber: [kinds], absorbed: [kinds], min: N}}. Reproduced when
 * at least N {@code merge} events (mergers by decision, not disbanding) have an absorbing group
 * ({@code actor}) of the first kinds and an absorbed one ({@code other}) of the second
 * (timeline 2013-08-22: al-Mourabitoun from MUJAO and al-Mulathamun).
 */
record MergerBetweenKinds(List<Kind> absorber, List<Kind> absorbed, int min) implements Measure {
    static final String NAME = "merger_between_kinds";

    MergerBetweenKinds {
        absorber = List.copyOf(absorber);
        absorbed = List.copyOf(absorbed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        List<String> found = run.found(EventType.MERGE,
                e -> absorber.contains(e.actorKind()) && absorbed.contains(e.otherKind()),
                e -> e.actor() + " absorbed " + e.other() + " " + run.date(e.step()));
        String text = found.size() + " merger" + (found.size() == 1 ? "" : "s") + " of a " + Text.kinds(absorber)
                + " group absorbing a " + Text.kinds(absorbed) + " group (need " + min + ")"
                + (found.isEmpty() ? "" : ": " + Text.some(found, 3));
        return found.size() >= min ? Outcome.yes(text) : Outcome.no(text);
    }
}

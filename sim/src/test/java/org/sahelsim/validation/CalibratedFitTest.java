package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.format.ScenarioLoader;

/**
 * Keeps docs/VALIDATION.md honest: with model v2 and the defaults calibrated on model v1 (not
 * retuned; the calibration is to be redone for v2), the in-sample history passes five of nine
 * patterns (not the jihadists taking the main towns, the splinters on both sides, the two rival
 * signatory coalitions or their fighting over hubs) and the 2015-2020 baseline six of seven (not
 * the splits count). A change to the model that moves these results must come with a new
 * calibration or a new account in docs/VALIDATION.md; this test names what moved. 500
 * replications, seed 3, as the document.
 */
class CalibratedFitTest {
    private static List<String> failing(String file) throws Exception {
        PatternSet set = PatternsLoader.load(Tiny.root().resolve(Path.of("scenarios", "validation", file)));
        List<Validation.PatternResult> results = Validation.run(set.patterns(), ScenarioLoader.load(set.scenario()), 3,
                500, Runtime.getRuntime().availableProcessors(), ModelEntry.DEFAULT, o -> { }, k -> { });
        List<String> fails = new ArrayList<>();
        StringBuilder shares = new StringBuilder();
        for (Validation.PatternResult r : results) {
            shares.append(r.pattern().id()).append(' ').append(r.share()).append("; ");
            if (!r.pass()) {
                fails.add(r.pattern().id());
            }
        }
        System.out.println("CalibratedFitTest " + file + ": " + shares);
        return fails;
    }

    @Test
    void historyMissesTheTownsTheSplintersAndTheTwoRivalSignatoryCoalitionsUntilRecalibrated() throws Exception {
        // model v2 part 2: an assault needs three times the holder's strength (Mearsheimer's
        // rule), and the jihadists of 2012 no longer outnumber the MNLA that much in the towns
        assertEquals(List.of("jihadists_take_main_towns", "splinters_on_both_sides", "rival_signatory_coalitions",
                "rival_coalitions_fight_over_hubs"), failing("history-patterns.yaml"));
    }

    @Test
    void baselineMissesOnlyTheSplitsCountAfter2015() throws Exception {
        assertEquals(List.of("splits_count"), failing("outlook-2015-2020.yaml"));
    }
}

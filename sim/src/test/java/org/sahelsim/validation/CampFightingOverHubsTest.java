package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.PRO;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampFightingOverHubsTest {
    private static final Map<String, List<String>> ROUTES = Map.of(
            "Gao-Tabankort", List.of("Gao", "Tabankort"),
            "Fassala-Lere", List.of("Fassala", "Lere"));
    private final Measure fights = new CampFightingOverHubs(List.of(SEP), List.of(PRO, MIL),
            List.of("Tabankort", "Menaka"), 2, ROUTES);

    /** A separatist coalition (MNLA, HCUA-like splinter) and a pro-government one (Imghad, GK). */
    private static RunLog.Builder blocs() {
        return Logs.history()
                .event(Logs.split(10, "MNLA", SEP, "MNLA-2", SEP))
                .event(Logs.mobilize(20, "Imghad-Gao", PRO))
                .events(Logs.found(25, "MNLA", SEP, "MNLA-2", SEP, "CMA"))
                .events(Logs.found(26, "Imghad-Gao", PRO, "GK", MIL, "PF"));
    }

    @Test
    void aClashOnAHubRouteAndACaptureOfAHubBetweenTheBlocsReproduceThePattern() {
        RunLog log = blocs()
                .event(Logs.clash(36, "Imghad-Gao", PRO, "MNLA", SEP, "Gao-Tabankort"))
                .event(Logs.capture(39, "GK", MIL, "MNLA-2", SEP, "Menaka")).build();
        Outcome o = fights.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("clash Imghad-Gao-MNLA Gao-Tabankort 2015-01; capture GK-MNLA-2 Menaka 2015-04"),
                o.explanation());
    }

    @Test
    void fightsAwayFromHubsWithinOneBlocOrBeforeTheBlocsFormDoNotCount() {
        RunLog early = Logs.history().event(Logs.mobilize(20, "Imghad-Gao", PRO))
                .event(Logs.clash(24, "Imghad-Gao", PRO, "MNLA", SEP, "Gao-Tabankort"))
                .event(Logs.clash(24, "Imghad-Gao", PRO, "MNLA", SEP, "Gao-Tabankort"))
                .events(Logs.found(25, "MNLA", SEP, "GI", Logs.MIL, "CMA"))
                .events(Logs.found(26, "Imghad-Gao", PRO, "GK", MIL, "PF")).build();
        assertTrue(fights.evaluate(early).explanation().startsWith("0 fights"), "fights before the blocs formed");
        RunLog log = blocs()
                .event(Logs.clash(30, "Imghad-Gao", PRO, "MNLA", SEP, "Fassala-Lere"))    // no hub
                .event(Logs.clash(31, "MNLA", SEP, "MNLA-2", SEP, "Gao-Tabankort"))       // same coalition
                .event(Logs.clash(32, "GI", MIL, "MNLA", SEP, "Gao-Tabankort"))           // GI stands alone
                .event(Logs.clash(33, "Imghad-Gao", PRO, "MNLA", SEP, "Gao-Tabankort"))   // counts
                .build();
        Outcome o = fights.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().startsWith("1 fight over hubs"), o.explanation());
    }
}

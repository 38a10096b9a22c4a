package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/** A click on a group shows a plain card, in the window's language, never the raw fields of MASON's inspector. */
class GroupCardTest {
    private static FactionMarker marker() {
        FactionMarker m = new FactionMarker("MNLA-Kel_Adagh");
        m.name = "Kel Adagh wing of the MNLA";
        m.kind = Kind.SEPARATIST;
        m.fighters = 1;
        m.coalition = "";
        m.rent = 1234.4;
        m.dividends = 0;
        return m;
    }

    private static final List<Event> EVENTS = List.of(
            new Event(2, EventType.CLASH, "MNLA-Kel_Adagh", Kind.SEPARATIST, "GATIA", Kind.PROGOVERNMENT, "Kidal",
                    "route=Kidal-Anefis;fatalities=2;loser=GATIA;rent=300"),
            new Event(5, EventType.LEAVE, "MNLA-Kel_Adagh", Kind.SEPARATIST, "CMA", null, "Kidal",
                    "driver=rent;d_rent=120"));

    @Test
    void saysWhoHowManyWhereTheMoneyAndWhyItLastMovedInPlainEnglish() {
        Texts en = new Texts(Locale.ENGLISH);
        String card = GroupCard.html(marker(), en, new Narrator(en, YearMonth.of(2015, 6)), EVENTS);
        assertTrue(card.contains("<b style='font-size:1.15em'>MNLA-Kel Adagh</b>"), card);
        assertTrue(card.contains("Separatist · 1 fighter"), card);
        assertTrue(card.contains("standing alone, in no coalition"), card);
        assertTrue(card.contains("This month: 1,234 USD from trafficking, 0 USD of peace dividends."), card);
        assertTrue(card.contains("Last move: Month 5 (November 2015): MNLA-Kel Adagh leaves CMA to stand alone: it expects"
                + " more trafficking rent there"), card);
        assertFalse(card.contains("TreasuryUsd") || card.contains("Position"), card);
    }

    @Test
    void speaksFrenchInAFrenchWindow() {
        Texts fr = new Texts(Locale.FRENCH);
        FactionMarker m = marker();
        m.fighters = 350;
        m.coalition = "CMA";
        String card = GroupCard.html(m, fr, new Narrator(fr, YearMonth.of(2015, 6)), List.of());
        assertTrue(card.contains("350 combattants"), card);
        assertTrue(card.contains("dans la coalition CMA"), card);
        assertTrue(card.contains("Il n’a pas bougé depuis le début."), card);
        assertTrue(card.contains("Ce mois-ci : 1"), card);
    }
}

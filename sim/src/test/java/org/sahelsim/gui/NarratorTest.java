package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.domain.Kind;
import org.sahelsim.model.ModelRunner;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.RunSink;

/** The narration: each event becomes one plain sentence with its reason, in English and French. */
class NarratorTest {
    private static final YearMonth START = YearMonth.of(2015, 6);

    private static Narrator narrator(Locale l) {
        return new Narrator(new Texts(l), START);
    }

    @Test
    void aSplitSaysWhichBlocLeftAndWhyFromItsTerms() {
        Event e = new Event(15, EventType.SPLIT, "MNLA", Kind.SEPARATIST, "MNLA-Daoussahak", Kind.COMMUNITY_MILITIA,
                "Menaka", "rent=312.5;dividend=0;pressure=-10;security=40;affinity=5;switch_cost=-20;grievance=60;"
                + "utility=387.5;p=0.71;top=rent;bloc=Daoussahak;stay_utility=120;months_without_dividend=9;"
                + "received=12.5;cohesion=0.31;route=Gao-Tabankort");
        String en = narrator(Locale.ENGLISH).sentence(e);
        assertEquals("Month 15 (September 2016): The Daoussahak bloc leaves MNLA and forms MNLA-Daoussahak: no dividends"
                + " have reached it for 9 months, alone it would keep the rent of the route Gao-Tabankort and the cohesion"
                + " of MNLA has fallen to 0.31.", en);
        String fr = narrator(Locale.FRENCH).sentence(e);
        assertTrue(fr.startsWith("Mois 15 (septembre 2016) : Le bloc Daoussahak quitte MNLA et forme MNLA-Daoussahak"), fr);
        assertTrue(fr.contains("aucun dividende ne lui est parvenu depuis 9 mois"), fr);
        assertTrue(fr.contains("la route Gao-Tabankort"), fr);
        assertTrue(fr.contains("0,31"), "French decimals: " + fr);
    }

    @Test
    void deathsAgreeWithTheirNumberInBothLanguagesAndFrenchCapturesNeedNoArticle() {
        Event one = new Event(4, EventType.ATTACK, "FLM", Kind.JIHADIST, "MINUSMA", null, "Mopti", "fatalities=1");
        assertEquals("Month 4 (October 2015): FLM attacks MINUSMA in Mopti: 1 killed.", narrator(Locale.ENGLISH).sentence(one));
        assertEquals("Mois 4 (octobre 2015) : FLM attaque la MINUSMA à Mopti : 1 mort.", narrator(Locale.FRENCH).sentence(one));
        Event none = new Event(4, EventType.ATTACK, "FLM", Kind.JIHADIST, "MINUSMA", null, "Mopti", "fatalities=0");
        assertTrue(narrator(Locale.FRENCH).sentence(none).endsWith(": aucun mort."), narrator(Locale.FRENCH).sentence(none));
        Event three = new Event(4, EventType.ATTACK, "FLM", Kind.JIHADIST, "MINUSMA", null, "Mopti", "fatalities=3");
        assertTrue(narrator(Locale.FRENCH).sentence(three).endsWith(": 3 morts."), narrator(Locale.FRENCH).sentence(three));
        Event take = new Event(9, EventType.CAPTURE, "GATIA", Kind.PROGOVERNMENT, "MNLA", Kind.SEPARATIST, "Segou",
                "place=Nampala");
        assertEquals("Mois 9 (mars 2016) : GATIA prend Nampala (détenteur précédent : MNLA).",
                narrator(Locale.FRENCH).sentence(take));
    }

    @Test
    void aCommunityTakesUpArmsWithoutInternalNumbersAndGeneratedNamesReadWithSpaces() {
        Event e = new Event(7, EventType.MOBILIZE, "Imghad-Kidal", Kind.COMMUNITY_MILITIA, null, null, "Kidal",
                "community=Imghad_Kidal;threat=1.4;readiness=0.6");
        String en = narrator(Locale.ENGLISH).sentence(e);
        assertEquals("Month 7 (January 2016): The Imghad Kidal community of Kidal takes up arms as Imghad-Kidal: it feels"
                + " threatened and no one protects it.", en);
        Event split = new Event(15, EventType.LEAVE, "AQIM-Kel_Ansar", Kind.JIHADIST, "AQIM+MUR", null, "Kidal",
                "driver=affinity;d_affinity=20");
        assertTrue(narrator(Locale.ENGLISH).sentence(split).contains("AQIM-Kel Ansar leaves AQIM+MUR"),
                narrator(Locale.ENGLISH).sentence(split));
    }

    @Test
    void aDecisionNamesItsLargestTermBySign() {
        Event threat = new Event(3, EventType.LEAVE, "GATIA", Kind.PROGOVERNMENT, "Platform", null, "Gao",
                "rent=0;dividend=0;pressure=-250;security=0;affinity=0;switch_cost=-40;utility=-290;p=0.42;top=pressure;"
                + "option=leave");
        assertEquals("Month 3 (September 2015): GATIA leaves Platform to stand alone: jihadist threats weigh most.",
                narrator(Locale.ENGLISH).sentence(threat), "the reason, not the chance of the choice (an internal number)");
        Event rent = new Event(3, EventType.SWITCH, "MNLA", Kind.SEPARATIST, "AQIM+MUR", null, "Kidal",
                "rent=426.9;dividend=0;pressure=22;security=195;affinity=-7;switch_cost=-40;utility=596;p=0.1356;top=rent;"
                + "option=switch:AQIM+MUR");
        String s = narrator(Locale.ENGLISH).sentence(rent);
        assertTrue(s.contains("MNLA switches to AQIM+MUR: the trafficking rent it expects there weighs most (427 USD per"
                + " fighter a month)"), s);
        Event integrated = new Event(8, EventType.JOIN, "CPA", Kind.SEPARATIST, "CMA", null, "Timbuktu",
                "rent=10;dividend=180;pressure=0;security=20;affinity=10;switch_cost=-40;utility=180;p=0.8;top=dividend;"
                + "option=join:CMA;integration=1");
        assertTrue(narrator(Locale.ENGLISH).sentence(integrated).contains("the peace dividends it expects weigh most"
                + " (180 USD per fighter a month) and on the terms of the integration offer"));
    }

    @Test
    void aDecisionNamesItsDriverAndTheAdvantageItGaveOverStaying() {
        // the largest term is security, but what made switching beat staying is the rent
        Event e = new Event(9, EventType.SWITCH, "CPA", Kind.SEPARATIST, "Platform", null, "Gao",
                "rent=120;dividend=30;pressure=-20;security=300;affinity=10;switch_cost=-30;utility=410;p=0.35;top=security;"
                + "driver=rent;d_rent=85.2;d_dividend=30;d_pressure=-5;d_security=-60;d_affinity=4;d_switch_cost=-30;"
                + "option=switch:Platform");
        String en = narrator(Locale.ENGLISH).sentence(e);
        assertTrue(en.contains("CPA switches to Platform: it expects more trafficking rent there (85 USD per fighter a"
                + " month more than by staying)"), en);
        assertFalse(en.contains("safer"), "the largest term is not the reason: " + en);
        String fr = narrator(Locale.FRENCH).sentence(e);
        assertTrue(fr.contains("davantage de rente du trafic (85 USD"), fr);
        Event split = new Event(20, EventType.SPLIT, "MNLA", Kind.SEPARATIST, "MNLA-Daoussahak", Kind.COMMUNITY_MILITIA,
                "Menaka", "rent=40;dividend=0;pressure=-4;security=20;affinity=5;switch_cost=-30;grievance=90;utility=121;"
                + "p=0.2;top=grievance;driver=rent;d_rent=60;d_dividend=-20;d_pressure=0;d_security=-5;d_affinity=-10;"
                + "d_switch_cost=-30;d_grievance=55;bloc=Daoussahak;share=0.2;months_without_dividend=2;route=Gao-Menaka");
        assertTrue(narrator(Locale.ENGLISH).sentence(split).contains("alone it would keep the rent of the route Gao-Menaka"));
    }

    @Test
    void theCostOfChangingIsNeverTheReasonButTheLargestPull() {
        Event split = new Event(20, EventType.SPLIT, "CPA", Kind.SEPARATIST, "CPA-Songhai", Kind.COMMUNITY_MILITIA,
                "Timbuktu", "rent=161.9;dividend=0;pressure=-4.9;security=169.9;affinity=21.8;switch_cost=-271.2;"
                + "grievance=76.9;utility=154.4;p=0.0261;top=switch_cost;bloc=Songhai;stay_utility=275.1;"
                + "months_without_dividend=29;received=150.81;cohesion=0.904;route=Anefis-Kidal");
        String s = narrator(Locale.ENGLISH).sentence(split);
        assertEquals("Month 20 (February 2017): The Songhai bloc leaves CPA and forms CPA-Songhai: no dividends have"
                + " reached it for 29 months and it would be safer on its own.", s);
        Event offers = new Event(4, EventType.JOIN, "MAA-PF", Kind.PROGOVERNMENT, "AQIM+MUR", null, "Gao",
                "rent=50;dividend=0;pressure=300;security=20;affinity=-5;switch_cost=-40;utility=325;p=0.3;top=pressure");
        assertTrue(narrator(Locale.ENGLISH).sentence(offers).contains("jihadist offers weigh most"));
    }

    @Test
    void clashesAttacksAndCapturesSayWhereAndHowMany() {
        Narrator n = narrator(Locale.ENGLISH);
        assertEquals("Month 7 (January 2016): GATIA and MNLA clash over the route Anefis-Kidal: 12 killed; MNLA gives way"
                + " (rent at stake: 80,000 USD a month).", n.sentence(new Event(7, EventType.CLASH, "GATIA",
                Kind.PROGOVERNMENT, "MNLA", Kind.SEPARATIST, "Kidal",
                "route=Anefis-Kidal;fatalities=12.2;rent=80000;loser=MNLA;p=0.3")));
        assertEquals("Month 2 (August 2015): AQIM attacks MINUSMA in Kidal: 3 killed.", n.sentence(new Event(2,
                EventType.ATTACK, "AQIM", Kind.JIHADIST, "MINUSMA", Kind.MINUSMA, "Kidal", "place=Kidal;fatalities=3;p=0.2")));
        assertEquals("Month 2 (August 2015): The army takes Gao from MUR.", n.sentence(new Event(2, EventType.CAPTURE,
                "FAMa", Kind.STATE, "MUR", Kind.JIHADIST, "Gao", "place=Gao")));
        String fr = narrator(Locale.FRENCH).sentence(new Event(2, EventType.ATTACK, "AQIM", Kind.JIHADIST, "MOC",
                Kind.STATE, "Gao", "place=Gao;fatalities=5;p=0.2"));
        assertEquals("Mois 2 (août 2015) : AQIM attaque une patrouille mixte à Gao : 5 morts.", fr);
    }

    @Test
    void everyEventOfABaselineRunReadsAsASentenceInBothLanguages() {
        List<Event> events = new java.util.ArrayList<>();
        ModelRunner.run(org.sahelsim.model.Tiny.shipped("baseline-2015.yaml", Map.of("months", "36")), 7L, new RunSink() {
            @Override
            public void metrics(int step, double[] values) {
            }

            @Override
            public void event(Event event) {
                events.add(event);
            }
        });
        assertFalse(events.isEmpty());
        for (Locale l : Texts.LANGUAGES) {
            Narrator n = narrator(l);
            for (Event e : events) {
                String s = n.sentence(e);
                assertTrue(s.endsWith(".") && !s.contains("{") && !s.contains("?") && !s.contains("null"),
                        () -> l + ": " + s + " <- " + e);
            }
        }
    }

    /** Words of English that no French sentence of the narration has (names aside). */
    private static final List<String> ENGLISH = List.of(" the ", " and ", " with ", " from ", " its ", " killed",
            " month ", " months", " takes ", " leaves ", " joins ", " attacks ", " because ", " would ", " over ");

    @Test
    void sixtyMonthsOfEveryPresetNarratedInFrenchHaveNoEnglishSentenceOrWord() {
        int narrated = 0;
        for (String preset : List.of("1-dividends-for-signatories.yaml", "2-war-over-routes.yaml",
                "3-mobile-minusma.yaml")) {
            List<Event> events = new java.util.ArrayList<>();
            org.sahelsim.scenario.Scenario sc = org.sahelsim.model.Tiny.shipped("classroom/" + preset,
                    Map.of("months", "60"));
            assertEquals(60, sc.months(), preset);
            ModelRunner.run(sc, 1L, new RunSink() {
                @Override
                public void metrics(int step, double[] values) {
                }

                @Override
                public void event(Event event) {
                    events.add(event);
                }
            });
            Narrator en = new Narrator(new Texts(Locale.ENGLISH), sc.start());
            Narrator fr = new Narrator(new Texts(Locale.FRENCH), sc.start());
            java.util.Set<EventType> types = java.util.EnumSet.noneOf(EventType.class);
            for (Event e : events) {
                String f = fr.sentence(e);
                assertFalse(f.equals(en.sentence(e)), () -> preset + ": left in English: " + f);
                String padded = " " + f.toLowerCase(Locale.ROOT).replaceAll("[.,:;()]", " ") + " ";
                for (String w : ENGLISH) {
                    assertFalse(padded.contains(w), () -> preset + ": English '" + w.trim() + "' in: " + f);
                }
                types.add(e.type());
            }
            assertTrue(events.stream().anyMatch(e -> e.step() > 48), preset + ": events up to month 60");
            assertTrue(types.size() >= 5, preset + ": kinds of event narrated " + types);
            narrated += events.size();
        }
        assertTrue(narrated > 300, "sentences narrated: " + narrated);
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.sahelsim.gui.Messages", Locale.ROOT);
        Texts fr = new Texts(Locale.FRENCH);
        for (String k : en.keySet()) {
            assertTrue(fr.has(k), "French text for " + k);
            assertFalse(fr.t(k).isBlank(), k);
        }
    }
}

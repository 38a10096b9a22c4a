package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Param;
import org.sahelsim.tools.ParameterDocs;
import org.sahelsim.tools.SchemaGenerator;
import sim.util.Interval;

/**
 * The lever panel is built from the levers record: a lever written here, in test code, shows
 * up in the panel (and in the schema and the parameter docs) with no other edit; a value the
 * panel cannot show fails when the panel is built.
 */
class LeverPanelTest {
    /** A levers record: one shipped lever and one new. */
    public record TestLevers(
            @Param(doc = "Mediation between allies: more capacity for the arbiter", def = "{}") LeversSpec.Mediation mediation,
            @Param(doc = "Rain dances paid for in the north", def = "{}") RainDance rainDance) {
    }

    /** The new lever: two values shown as sliders, one as a check box, one not shown. */
    public record RainDance(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "How fully it is carried out", unit = "share", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Dancers paid each month", unit = "dancers", min = 0, def = "40", panel = true, sliderMax = 400) int dancers,
            @Param(doc = "Dances at night too", def = "false", panel = true) boolean night,
            @Param(doc = "Drums per dancer", unit = "ratio", min = 0.5, max = 3, def = "1", panel = true) double drums)
            implements LeverSpec {
    }

    /** The levers the panel reads, and what it was asked to change. */
    private static final class FakeLevers implements LeverPanel.Levers {
        Record next;
        final List<Map<String, String>> changes = new ArrayList<>();
        final List<String> enabled = new ArrayList<>();

        FakeLevers(Record next) {
            this.next = next;
        }

        @Override
        public Record next() {
            return next;
        }

        @Override
        public boolean change(Map<String, String> set) {
            return changes.add(set);
        }

        @Override
        public void enable(String lever, boolean on) {
            enabled.add(lever + "=" + on);
        }

        @Override
        public long seed() {
            return 7;
        }

        @Override
        public void setSeed(long seed) {
        }
    }

    private static TestLevers levers() {
        return new TestLevers(new LeversSpec.Mediation(true, MonthRef.ofOffset(1), null, 1, 3),
                new RainDance(false, MonthRef.ofOffset(1), null, 1, 120, false, 2));
    }

    private static LeverPanel panel(Class<? extends Record> type, FakeLevers levers) {
        return LeverPanel.of(type, levers, Map.of(), new Texts(Locale.ENGLISH));
    }

    @Test
    void aNewLeverShowsItsSwitchAndItsMarkedValuesWithTheirRangesAndDocs() {
        FakeLevers levers = new FakeLevers(levers());
        LeverPanel p = panel(TestLevers.class, levers);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            paths.add(p.path(i));
        }
        assertEquals(List.of("seed", "levers.mediation.enabled", "levers.mediation.capacity", "levers.rain_dance.enabled",
                "levers.rain_dance.dancers", "levers.rain_dance.night", "levers.rain_dance.drums"), paths);

        int on = p.indexOf("levers.rain_dance.enabled");
        assertEquals(boolean.class, p.getType(on));
        assertEquals("rain_dance.enabled", p.getName(on), "no text yet: the path names it");
        assertEquals("Rain dances paid for in the north", p.getDescription(on), "the lever's own doc");
        assertEquals(false, p.getValue(on));

        int dancers = p.indexOf("levers.rain_dance.dancers");
        assertEquals(int.class, p.getType(dancers));
        Interval whole = (Interval) p.getDomain(dancers);
        assertEquals(0L, whole.getMin(), "an int is a whole-number slider (an Interval of longs)");
        assertEquals(400L, whole.getMax(), "up to sliderMax, max being infinite");
        assertEquals("Dancers paid each month", p.getDescription(dancers));
        assertEquals(120, p.getValue(dancers));

        int night = p.indexOf("levers.rain_dance.night");
        assertEquals(boolean.class, p.getType(night));
        assertEquals(null, p.getDomain(night));
        assertEquals("Dances at night too", p.getDescription(night));

        int drums = p.indexOf("levers.rain_dance.drums");
        assertEquals(double.class, p.getType(drums));
        Interval range = (Interval) p.getDomain(drums);
        assertEquals(0.5, range.getMin().doubleValue());
        assertEquals(3.0, range.getMax().doubleValue(), "up to max");
        assertEquals(2.0, p.getValue(drums));

        // a shipped lever keeps the window's texts
        int capacity = p.indexOf("levers.mediation.capacity");
        assertEquals("Mediation: disputes settled a month", p.getName(capacity));
        assertEquals(10.0, ((Interval) p.getDomain(capacity)).getMax().doubleValue(), "sliderMax below max");
        assertEquals(3.0, p.getValue(capacity));
    }

    @Test
    void settingAValueRecordsItByItsPathAndTheSwitchTurnsTheLeverOn() {
        FakeLevers levers = new FakeLevers(levers());
        LeverPanel p = panel(TestLevers.class, levers);
        p.setValue(p.indexOf("levers.rain_dance.dancers"), "200"); // as MASON's slider and text field do
        p.setValue(p.indexOf("levers.rain_dance.drums"), 1.5);
        p.setValue(p.indexOf("levers.rain_dance.night"), true);
        p.setValue(p.indexOf("levers.rain_dance.enabled"), true);
        assertEquals(List.of(Map.of("levers.rain_dance.dancers", "200"), Map.of("levers.rain_dance.drums", "1.5"),
                Map.of("levers.rain_dance.night", "true")), levers.changes);
        assertEquals(List.of("rain_dance=true"), levers.enabled);
    }

    @Test
    void theNewLeverIsInTheSchemaAndTheParameterDocs() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SchemaGenerator.generate(TestLevers.class, "test", "test"));
        JsonNode dancers = schema.path("$defs").path("LeverPanelTest.RainDance").path("properties").path("dancers");
        assertEquals("integer", dancers.path("type").asText(), schema.toPrettyString());
        assertTrue(dancers.path("description").asText().contains("Dancers paid each month"), dancers.toString());
        assertEquals(0, dancers.path("minimum").asInt());
        List<ParameterDocs.Row> rows = ParameterDocs.rows(TestLevers.class, "levers.");
        ParameterDocs.Row row = rows.stream().filter(r -> r.path().equals("levers.rain_dance.dancers")).findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals("Dancers paid each month", row.meaning());
        assertEquals(">= 0", row.range());
    }

    /** A lever with two marked values the panel cannot show: a list (without a chooser), a number without a right end. */
    public record BadLevers(@Param(doc = "Bad", def = "{}") Bad bad) {
    }

    public record Bad(
            @Param(doc = "Whether the lever is used", def = "false") boolean enabled,
            @Param(doc = "First month of the lever", def = "1") MonthRef start,
            @Param(doc = "First month after the lever, or null for none", def = "null") MonthRef end,
            @Param(doc = "Strength", min = 0, max = 1, def = "1") double strength,
            @Param(doc = "Towns", def = "[]", panel = true) List<String> towns,
            @Param(doc = "Budget", min = 0, def = "1", panel = true) double budget) implements LeverSpec {
    }

    public record NotALeverLevers(@Param(doc = "Not a lever", def = "{}") Bare bare) {
    }

    public record Bare(@Param(doc = "Whether the lever is used", def = "false") boolean enabled) {
    }

    /** A chooser of towns. */
    private static final LeverPanel.Chooser TOWNS = new LeverPanel.Chooser() {
        @Override
        public String[] labels() {
            return new String[] {"none", "Gao"};
        }

        @Override
        public int current() {
            return 0;
        }

        @Override
        public void choose(int i) {
        }
    };

    @Test
    void aValueThePanelCannotShowFailsWhenThePanelIsBuiltNamingIt() {
        FakeLevers none = new FakeLevers(null);
        Texts en = new Texts(Locale.ENGLISH);
        String list = assertThrows(IllegalStateException.class, () -> panel(BadLevers.class, none)).getMessage();
        assertTrue(list.contains("levers.bad.towns") && list.contains("java.util.List<java.lang.String>")
                && list.contains("boolean, double and int"), list);
        // with a chooser for the list, the number without a right end fails
        String slider = assertThrows(IllegalStateException.class, () -> LeverPanel.of(BadLevers.class, none,
                Map.of("levers.bad.towns", TOWNS), en)).getMessage();
        assertTrue(slider.contains("levers.bad.budget") && slider.contains("sliderMax"), slider);
        String bare = assertThrows(IllegalStateException.class, () -> panel(NotALeverLevers.class, none)).getMessage();
        assertTrue(bare.contains("lever bare") && bare.contains("LeverSpec"), bare);
        String unmarked = assertThrows(IllegalStateException.class, () -> LeverPanel.of(TestLevers.class, none,
                Map.of("levers.rain_dance.strength", TOWNS), en)).getMessage();
        assertTrue(unmarked.contains("levers.rain_dance.strength"), "a chooser for a value not marked: " + unmarked);
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;

/** The classroom presets: short lessons on the baseline, each with a teaching note, and found by the chooser. */
class PresetsTest {
    @Test
    void presetsExtendTheBaselineLastTwoToThreeYearsAndCarryATeachingNote() throws Exception {
        Path folder = Tiny.root().resolve(Presets.FOLDER);
        List<Presets.Preset> presets = Presets.list(folder);
        assertTrue(presets.size() >= 3, "at least three presets in " + folder);
        for (Presets.Preset p : presets) {
            assertNull(p.problem(), p.file() + " loads");
            assertTrue(Files.readString(p.file()).contains("extends: ../baseline-2015.yaml"), p.file() + " extends the baseline");
            int m = p.scenario().months();
            assertTrue(m >= 24 && m <= 36, p.file() + ": " + m + " months");
            String note = p.scenario().teachingNote();
            assertTrue(note.length() > 200 && note.contains("Point at"), p.file() + " has a teaching note: " + note);
        }
        assertTrue(Files.isRegularFile(Tiny.root().resolve("TEACHING.md")));
        String teaching = Files.readString(Tiny.root().resolve("TEACHING.md"));
        for (Presets.Preset p : presets) {
            assertTrue(teaching.contains(p.file().getFileName().toString()), "TEACHING.md has a lesson on " + p.file());
        }
    }

    @Test
    void theChooserFindsThePresetsFromTheRepository() {
        Path found = Presets.folder();
        assertEquals(Tiny.root().resolve(Presets.FOLDER).toAbsolutePath().normalize(), found.toAbsolutePath().normalize());
    }
}

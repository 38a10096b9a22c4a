package org.sahelsim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahelsim.tools.FixedConstants;
import org.sahelsim.tools.ParameterDocs;

/**
 * Every number of the model can be traced to {@code docs/PARAMETERS.md}: the model's code holds
 * no number other than {@code params.*} values and named {@code @Fixed} constants (bar 0, 1 and
 * a short allowlist, each entry with its reason), and the document lists every parameter with
 * its default and every fixed constant with its value.
 */
class ModelNumbersTest {
    private static final String REGENERATE = "; regenerate it from the repository root with: mvn -B -q package -DskipTests"
            + " && java -cp sim/target/sahelsim.jar " + ParameterDocs.class.getName();

    /** Fails naming file:line and literal of every number in the sources that is documented nowhere. */
    static void assertNoStrayNumbers(Map<String, String> sources) {
        List<ModelNumbers.Stray> strays = new ArrayList<>();
        sources.forEach((file, text) -> strays.addAll(ModelNumbers.strays(file, text, ModelNumbers.ALLOWED)));
        assertTrue(strays.isEmpty(), "numbers in the model's code must be params.* values or named constants annotated"
                + " @Fixed (org.sahelsim.domain.Fixed), so docs/PARAMETERS.md lists them; found:\n"
                + String.join("\n", strays.stream().map(ModelNumbers.Stray::toString).toList()));
    }

    /** The rows of the document that list no parameter or fixed constant the code has. */
    static List<String> undocumented(String document) {
        List<String> missing = new ArrayList<>();
        for (ParameterDocs.Row r : ParameterDocs.rows()) {
            String def = r.def().equals("required") ? "required" : "`" + r.def() + "`";
            String row = "| `" + r.path() + "` | " + r.type().replace("|", "\\|") + " | " + def + " |";
            if (!document.contains(row)) {
                missing.add(r.path() + " = " + r.def());
            }
        }
        for (FixedConstants.Constant c : FixedConstants.all()) {
            if (!document.contains("| `" + c.where() + "` | `" + c.name() + "` | `" + c.value() + "` |")) {
                missing.add(c.where() + "." + c.name() + " = " + c.value());
            }
        }
        return missing;
    }

    private static String parametersMd() throws Exception {
        Path p = ModelNumbers.findMain();
        while (!Files.isRegularFile(p.resolve(ParameterDocs.PATH))) {
            p = p.getParent();
            assertTrue(p != null, ParameterDocs.PATH + " not found");
        }
        return Files.readString(p.resolve(ParameterDocs.PATH), StandardCharsets.UTF_8);
    }

    @Test
    void everyNumberInTheModelCodeIsAParameterOrAFixedConstant() {
        assertNoStrayNumbers(ModelNumbers.mainSources());
    }

    @Test
    void everyParameterAndFixedConstantIsInParametersMdWithItsValue() throws Exception {
        List<String> missing = undocumented(parametersMd());
        assertTrue(missing.isEmpty(), ParameterDocs.PATH + " lacks (or shows another value for) " + missing + REGENERATE);
    }

    @Test
    void aParameterOrConstantMissingFromTheDocumentIsNamed() throws Exception {
        String doc = parametersMd();
        FixedConstants.Constant c = FixedConstants.all().get(0);
        String withoutConstant = doc.replace("| `" + c.where() + "` | `" + c.name() + "` |", "| `" + c.where() + "` | `X` |");
        assertEquals(List.of(c.where() + "." + c.name() + " = " + c.value()), undocumented(withoutConstant));
        String withoutParam = doc.replace("| `params.affinity_tie_weight` |", "| `params.gone` |");
        assertEquals(List.of("params.affinity_tie_weight = 0.4"), undocumented(withoutParam));
        String wrongValue = doc.replace("| `params.capture_fighters` | number | `30` |", "| `params.capture_fighters` | number | `31` |");
        assertEquals(List.of("params.capture_fighters = 30"), undocumented(wrongValue));
    }

    @Test
    void aStrayLiteralInAMechanismFailsTheScan() {
        String snippet = "package org.sahelsim.rules;\n"
                + "final class Snippet {\n"
                + "    /** A comment with 0.37 is fine. */\n"
                + "    double f(double a) {\n"
                + "        String s = \"0.37 in text is fine\";\n"
                + "        return a * 0.37; // and 0.42 here too\n"
                + "    }\n"
                + "}\n";
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertNoStrayNumbers(Map.of("rules/Snippet.java", snippet)));
        assertTrue(e.getMessage().contains("rules/Snippet.java:6: 0.37"), e.getMessage());
        assertFalse(e.getMessage().contains("0.42"), e.getMessage());
        assertEquals(1, ModelNumbers.strays("rules/Snippet.java", snippet, ModelNumbers.ALLOWED).size());
    }

    @Test
    void fixedDeclarationsZeroAndOneAndMeansOfTwoEndsPassTheScan() {
        String snippet = "final class Snippet {\n"
                + "    @Fixed(doc = \"a; b\", unit = \"share\")\n"
                + "    static final double KEEP = 0.7;\n"
                + "    double f(double a, double b) {\n"
                + "        double m = 0.5 * (a + b);\n"
                + "        return Math.max(0, Math.min(1.0, m * KEEP));\n"
                + "    }\n"
                + "}\n";
        assertEquals(List.of(), ModelNumbers.strays("rules/Snippet.java", snippet, ModelNumbers.ALLOWED));
    }

    @Test
    void aHalfThatIsNotAMeanOfTwoFailsTheScan() {
        String snippet = "final class Snippet {\n    double f(double a) {\n        return 0.5 * a + 0x1F;\n    }\n}\n";
        List<ModelNumbers.Stray> strays = ModelNumbers.strays("rules/Snippet.java", snippet, ModelNumbers.ALLOWED);
        assertEquals(List.of("0.5", "0x1F"), strays.stream().map(ModelNumbers.Stray::literal).toList());
        assertEquals(3, strays.get(0).line());
    }

    @Test
    void anAllowedUseElsewhereStillFails() {
        // the tie matrix's starting size is allowed in Ties, not in a mechanism
        String snippet = "final class Snippet {\n    double[] t = new double[32];\n}\n";
        assertEquals(List.of("32"), ModelNumbers.strays("rules/Snippet.java", snippet, ModelNumbers.ALLOWED).stream()
                .map(ModelNumbers.Stray::literal).toList());
    }

    @Test
    void everyAllowlistEntryIsStillNeeded() {
        assertEquals(List.of(), ModelNumbers.unused(ModelNumbers.mainSources()),
                "allowlist entries no literal needs any more: remove them");
    }

    @Test
    void theDocumentationFindsEveryFixedConstantTheSourcesDeclare() {
        TreeSet<String> declared = new TreeSet<>();
        List<String> notStaticFinal = new ArrayList<>();
        ModelNumbers.mainSources().forEach((file, text) -> ModelNumbers.fixedNames(text).forEach((name, staticFinal) -> {
            declared.add(file.replace(".java", "") + "." + name);
            if (!staticFinal) {
                notStaticFinal.add(file + ": " + name);
            }
        }));
        TreeSet<String> found = new TreeSet<>();
        for (FixedConstants.Constant c : FixedConstants.all()) {
            found.add(c.where() + "." + c.name());
        }
        assertTrue(notStaticFinal.isEmpty(), "@Fixed constants must be static final: " + notStaticFinal);
        assertFalse(declared.isEmpty());
        assertEquals(declared, found);
    }
}

package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.tools.ParameterDocs;

/**
 * Fuzzing the loader: the valid fixtures (and every {@code scenarios/**.yaml} of the
 * repository) are mutated at random (lines deleted, duplicated or swapped, characters swapped,
 * deleted or inserted, values replaced by odd tokens, indentation changed, aliases and tags
 * inserted). Whatever the text, loading either succeeds, and then the written YAML loads back
 * equal, or throws a {@link ScenarioException} whose message is one paragraph: never any
 * other exception.
 */
class ScenarioFuzzProperties {

    /** A text to mutate and the file it stands for (for {@code extends}). */
    record Source(Path file, String text) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    /** One mutation: what to do, where, and with which token. */
    record Op(int kind, int a, int b, int token) {
    }

    private static final List<String> TOKENS = List.of("", "0", "-1", "2.5", "-0.0", "1e309", "99999999999999999999",
            "1e3", ".nan", ".inf", "-.inf", "0x1F", "0o17", "true", "null", "~", "[]", "{}", "[a, b]", "{a: 1}", "x",
            "'quoted'", "\"dq\"", "2015-13", "2015-06", "9999-12", "0000-01", "none", "GATIA", "MNLA", "Kidal", "CMA",
            "non_signatories", "12", "1201", "-5", "2147483648", "|\n  block", ">-", "*a", "&a x", "!!str 3",
            "!!int x", "!!float", "!!java.lang.Runtime []", "!custom x", "? complex", "- item", "Tessalit", "jihadist",
            "aq", "[[[[[[[[", "{a: [b, {c: d}]}", "\"\\u0000\"", "'it''s'", "é", "\t", "#", "extends", "extends: x.yaml",
            "1.7976931348623157E308", "4.9e-324", "100000", "0.5", "1", "[Kidal, Gao, Nowhere]", "&b [1, 2]", "*b");
    private static final String SPECIAL = ":-[]{}#&*!|>'\"%@`,? \t\n\\.0123456789";
    private static final List<String> TAGS = List.of("!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!map ",
            "!!seq ", "!!binary ", "!!set ", "!!omap ", "!!timestamp ", "!!java.io.File ", "!local ", "! ");

    private static final List<Source> SOURCES = sources();

    private static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String name : List.of("valid-2015.yaml", "minimal.yaml", "child.yaml")) {
            Path p = Fixtures.fixture(name);
            out.add(new Source(p, Fixtures.read(p)));
        }
        Path scenarios = Fixtures.repoRoot().resolve("scenarios");
        try (Stream<Path> files = Files.walk(scenarios)) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .forEach(p -> out.add(new Source(p, Fixtures.read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Provide
    Arbitrary<Source> sourcesArb() {
        return Arbitraries.of(SOURCES);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 3000, seed = "20150620", shrinking = ShrinkingMode.BOUNDED)
    void mutatedScenariosLoadOrFailWithAScenarioException(@ForAll("sourcesArb") Source source,
                                                           @ForAll("ops") List<Op> ops) {
        String text = source.text();
        for (Op op : ops) {
            text = mutate(text, op);
        }
        Scenario s;
        try {
            s = ScenarioLoader.fromYamlString(text, source.file());
        } catch (ScenarioException e) {
            String msg = e.getMessage();
            assertFalse(msg.contains("\n"), () -> "message spans lines: " + msg);
            assertFalse(msg.contains("Exception"), () -> "message names an exception: " + msg);
            assertTrue(e.line() >= 0 && e.column() >= 0, msg);
            assertFalse(e.problem().isBlank(), msg);
            Statistics.label("outcome").collect(e.problem().startsWith("malformed YAML") ? "YAML syntax error"
                    : "scenario error");
            return;
        }
        Statistics.label("outcome").collect("loads");
        String finalText = text;
        try {
            Scenario back = ScenarioLoader.fromYamlString(ScenarioWriter.toYaml(s), source.file());
            assertEquals(s, back, () -> "round trip differs for\n" + finalText);
        } catch (ScenarioException e) {
            throw new AssertionError("the written form of a valid scenario does not load: " + e.getMessage()
                    + "\nfrom\n" + finalText, e);
        }
    }

    /** Override paths: every documented path with its placeholders filled, and broken ones. */
    private static final List<String> OVERRIDE_PATHS = overridePaths();

    private static List<String> overridePaths() {
        List<String> out = new ArrayList<>();
        for (ParameterDocs.Row r : ParameterDocs.rows()) {
            String p = r.path();
            out.add(p.replace("<id>", "GATIA").replace("<community>", "Imghad").replace("<name>", "CMA")
                    .replace("<region>", "Kidal").replace("<route>", "Anefis-Kidal").replace("[]", "[0]"));
            out.add(p.replace("<id>", "NOPE").replace("<community>", "Nobody").replace("<name>", "Nada")
                    .replace("<region>", "Atlantis").replace("<route>", "Kidal-Segou").replace("[]", ".7"));
        }
        out.addAll(List.of("", " ", ".", "a..b", "levers.", ".levers", "shocks[", "shocks[x]", "shocks[99999999999]",
                "[0]", "levers.[0]", "params.rationality.x", "route_rents.New-Route", "factions.GATIA", "levers",
                "extends", "factions.GATIA.blocs.Imghad", "latent.Dogon.kind"));
        return out;
    }

    @Provide
    Arbitrary<List<List<Integer>>> overrideChoices() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofSize(2).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 1000, seed = "20150620", shrinking = ShrinkingMode.BOUNDED)
    void randomOverridesLoadOrFailWithAScenarioException(@ForAll("overrideChoices") List<List<Integer>> picks) {
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (List<Integer> pick : picks) {
            overrides.put(OVERRIDE_PATHS.get(pick.get(0) % OVERRIDE_PATHS.size()), TOKENS.get(pick.get(1) % TOKENS.size()));
        }
        try {
            Scenario s = ScenarioLoader.load(SOURCES.get(0).file(), overrides);
            assertEquals(s, ScenarioLoader.fromYamlString(ScenarioWriter.toYaml(s), null));
            Statistics.label("override outcome").collect("loads");
        } catch (ScenarioException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            Statistics.label("override outcome").collect("scenario error");
        }
    }

    /** Applies one mutation; positions wrap around the text. */
    static String mutate(String text, Op op) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int i = op.a() % n;
        int j = op.b() % n;
        String token = TOKENS.get(op.token() % TOKENS.size());
        String line = lines.get(i);
        int colon = line.indexOf(": ");
        switch (op.kind()) {
            case 0: // delete a line
                lines.remove(i);
                break;
            case 1: // duplicate a line
                lines.add(i, line);
                break;
            case 2: { // swap two neighbouring characters
                if (text.length() < 2) {
                    return text;
                }
                int p = op.a() % (text.length() - 1);
                return text.substring(0, p) + text.charAt(p + 1) + text.charAt(p) + text.substring(p + 2);
            }
            case 3: // replace a value by a token
                lines.set(i, colon >= 0 ? line.substring(0, colon + 2) + token : line + " " + token);
                break;
            case 4: { // change indentation
                int delta = op.b() % 5 - 2;
                lines.set(i, delta >= 0 ? " ".repeat(delta) + line : line.substring(Math.min(-delta,
                        line.length() - line.stripLeading().length())));
                break;
            }
            case 5: // anchor a value and alias it further down
                if (colon >= 0) {
                    lines.set(i, line.substring(0, colon + 2) + "&a " + line.substring(colon + 2));
                    int k = Math.max(i, j);
                    String other = lines.get(k);
                    int c2 = other.indexOf(": ");
                    if (k != i && c2 >= 0) {
                        lines.set(k, other.substring(0, c2 + 2) + "*a");
                    }
                }
                break;
            case 6: // insert a tag before a value
                if (colon >= 0) {
                    lines.set(i, line.substring(0, colon + 2) + TAGS.get(op.token() % TAGS.size())
                            + line.substring(colon + 2));
                }
                break;
            case 7: { // delete a character
                if (text.isEmpty()) {
                    return text;
                }
                int p = op.a() % text.length();
                return text.substring(0, p) + text.substring(p + 1);
            }
            case 8: { // insert a special character
                int p = op.a() % (text.length() + 1);
                return text.substring(0, p) + SPECIAL.charAt(op.token() % SPECIAL.length()) + text.substring(p);
            }
            case 9: // replace a key by a token
                if (colon >= 0) {
                    int indent = line.length() - line.stripLeading().length();
                    lines.set(i, line.substring(0, indent) + token + line.substring(colon));
                }
                break;
            case 10: // swap two lines
                lines.set(i, lines.get(j));
                lines.set(j, line);
                break;
            case 11: // replace a number by an extreme or negative one
                lines.set(i, line.replaceFirst("-?\\d+(\\.\\d+)?", List.of("-1", "1e308", "0", "-0.0", "2.5",
                        "999999999999", "1e-320").get(op.token() % 7)));
                break;
            default: // insert a whole token as a new line
                lines.add(i, " ".repeat(op.b() % 6) + token);
                break;
        }
        return String.join("\n", lines);
    }
}

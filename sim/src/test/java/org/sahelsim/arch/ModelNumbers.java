package org.sahelsim.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the numbers written in the model's code (packages world, model, rules, levers) that
 * are neither {@code params.*} values nor named {@code @Fixed} constants: every numeric literal
 * outside comments, strings and {@code @Fixed} declarations, except 0 and 1 and the few uses
 * in {@link #ALLOWED}, each allowed for a stated reason.
 */
final class ModelNumbers {
    /** The packages whose numbers must be traceable. */
    static final List<String> PACKAGES = List.of("world", "model", "rules", "levers");

    /**
     * A use of a literal that is not a model number. {@code file} (as {@code rules/Utility.java})
     * and {@code literal} (as written) are null for any; {@code context} is a regular expression
     * found in the code line with this literal replaced by {@code §}, or null for any line.
     */
    record Allowed(String file, String literal, String context, String reason) {
        boolean covers(String f, String lit, String line) {
            return (file == null || file.equals(f)) && (literal == null || literal.equals(lit))
                    && (context == null || Pattern.compile(context).matcher(line).find());
        }
    }

    /** A number in the model's code that is documented nowhere. */
    record Stray(String file, int line, String literal, String code) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + literal + "    " + code.strip();
        }
    }

    static final List<Allowed> ALLOWED = List.of(
            new Allowed(null, "0.5", "§\\s*\\*\\s*\\([^()]*\\+[^()]*\\)",
                    "a half in the mean of two values (a route's two ends)"),
            new Allowed(null, "2", "members\\.size\\(\\)\\s*(>=|<)\\s*§",
                    "a coalition is two or more members (structure, not a number to vary)"),
            new Allowed("rules/Splits.java", "2", "blocs\\.size\\(\\)\\s*<\\s*§",
                    "a faction of a single bloc has no bloc to break away"),
            new Allowed(null, null, "Fmt\\.(num|append)\\(.*,\\s*§\\)",
                    "decimal places of a number written in event details"),
            new Allowed("rules/Utility.java", "10000.0", "Math\\.round\\(",
                    "rounds utility terms to the 4 decimals written in event details"),
            new Allowed("rules/Utility.java", "160", "new StringBuilder\\(§\\)", "starting capacity of a text buffer"),
            new Allowed(null, "1e-9", null, "a floor that keeps a division defined, not a model number"),
            new Allowed("world/Ties.java", "32", null, "starting capacity of the tie matrix"),
            new Allowed("world/Ties.java", "2", "w\\.length \\* §", "the tie matrix doubles when it grows"),
            new Allowed("world/World.java", "8", "new double\\[", "spare rows so arrays grow in steps, not one faction at a time"),
            new Allowed("world/World.java", "2", "int i = §", "fresh ids count base-2, base-3, ... after the base itself"),
            new Allowed("model/Streams.java", null, null,
                    "bit-mixing constants and shifts of SplittableRandom's finaliser (Steele, Lea and Flood 2014), not model numbers"));

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.$])(0[xX][0-9a-fA-F_]+[lL]?|0[bB][01_]+[lL]?|(?:\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][-+]?\\d+)?[dDfFlL]?)");
    private static final Pattern FIXED_DECLARATION = Pattern.compile(
            "@Fixed\\s*\\([^;]*?\\)\\s*((?:(?:public|protected|private|static|final)\\s+)*)[\\w.<>\\[\\]]+\\s+(\\w+)\\s*=");

    private ModelNumbers() {
    }

    /** The main sources of {@link #PACKAGES}, by path relative to {@code org/sahelsim} (as {@code rules/Clashes.java}). */
    static Map<String, String> mainSources() {
        Path main = findMain();
        Map<String, String> out = new TreeMap<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(main.resolve(pkg))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                    out.put(pkg + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static Path findMain() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            for (String s : List.of("src/main/java/org/sahelsim", "sim/src/main/java/org/sahelsim")) {
                if (Files.isDirectory(q.resolve(s))) {
                    return q.resolve(s);
                }
            }
        }
        throw new IllegalStateException("cannot find sim/src/main/java from " + p);
    }

    /** The numbers of one source file that are neither 0, 1, in a @Fixed declaration nor allowed. */
    static List<Stray> strays(String file, String source, List<Allowed> allowed) {
        String code = codeOnly(source);
        boolean[] inFixed = fixedDeclarations(code);
        List<Stray> out = new ArrayList<>();
        int lineStart = 0;
        int lineNo = 1;
        for (String line : code.split("\n", -1)) {
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String lit = m.group(1);
                if (inFixed[lineStart + m.start()] || zeroOrOne(lit)) {
                    continue;
                }
                String marked = line.substring(0, m.start()) + "§" + line.substring(m.end());
                if (allowed.stream().noneMatch(a -> a.covers(file, lit, marked))) {
                    out.add(new Stray(file, lineNo, lit, line));
                }
            }
            lineStart += line.length() + 1;
            lineNo++;
        }
        return out;
    }

    /** Allowlist entries that no literal of the given sources needs. */
    static List<Allowed> unused(Map<String, String> sources) {
        Set<Allowed> used = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String code = codeOnly(e.getValue());
            boolean[] inFixed = fixedDeclarations(code);
            int lineStart = 0;
            for (String line : code.split("\n", -1)) {
                Matcher m = NUMBER.matcher(line);
                while (m.find()) {
                    String lit = m.group(1);
                    if (!inFixed[lineStart + m.start()] && !zeroOrOne(lit)) {
                        String marked = line.substring(0, m.start()) + "§" + line.substring(m.end());
                        for (Allowed a : ALLOWED) {
                            if (a.covers(e.getKey(), lit, marked)) {
                                used.add(a);
                            }
                        }
                    }
                }
                lineStart += line.length() + 1;
            }
        }
        List<Allowed> out = new ArrayList<>(ALLOWED);
        out.removeAll(used);
        return out;
    }

    /** The @Fixed constants declared in one source: field name to whether it is static final. */
    static Map<String, Boolean> fixedNames(String source) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        Matcher m = FIXED_DECLARATION.matcher(codeOnly(source));
        while (m.find()) {
            String mods = m.group(1);
            out.put(m.group(2), mods.contains("static") && mods.contains("final"));
        }
        return out;
    }

    private static boolean zeroOrOne(String lit) {
        String l = lit.toLowerCase().replace("_", "");
        if (l.startsWith("0x") || l.startsWith("0b")) {
            return false;
        }
        l = l.replaceAll("[dfl]$", "");
        BigDecimal v = new BigDecimal(l.endsWith(".") ? l + "0" : l.startsWith(".") ? "0" + l : l);
        return v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0;
    }

    /** Marks the characters from each {@code @Fixed} to the end of its declaration. */
    private static boolean[] fixedDeclarations(String code) {
        boolean[] in = new boolean[code.length() + 1];
        int i = code.indexOf("@Fixed");
        while (i >= 0) {
            int end = code.indexOf(';', i);
            end = end < 0 ? code.length() : end;
            for (int k = i; k < end; k++) {
                in[k] = true;
            }
            i = code.indexOf("@Fixed", end);
        }
        return in;
    }

    /**
     * The source with comments blanked and the contents of strings, text blocks and character
     * literals removed; line breaks are kept so line numbers stay true.
     */
    static String codeOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                newlines(b, s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                b.append("\"\"");
                newlines(b, s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                b.append(c).append(c);
                i = Math.min(n, j + 1);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static void newlines(StringBuilder b, String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                b.append('\n');
            }
        }
    }
}

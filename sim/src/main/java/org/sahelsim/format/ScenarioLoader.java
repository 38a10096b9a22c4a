package org.sahelsim.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;

/**
 * Reads a scenario file into a checked {@link Scenario}: safe YAML, {@code extends}
 * applied, overrides by dotted path, defaults filled in, every value checked.
 *
 * <p>The steps, in order:
 * <ol>
 * <li>Read the file safely (see {@link YamlReader}): plain YAML values only, no custom tags,
 * bounded aliases, size and depth, no duplicate keys.</li>
 * <li>{@code extends: other.yaml} (a path relative to the extending file) reads the other
 * file first, itself perhaps extending a third, and lays this file over it: maps merge key
 * by key, single values and lists replace, and a key written with an empty value removes
 * the inherited one (its default applies again). A cycle is an error naming the chain.</li>
 * <li>Binding to the records ({@link Binder}): snake_case keys, defaults, types and ranges
 * from {@link Param}; unknown keys are errors with a "did you mean" hint.</li>
 * <li>Overrides by dotted path ({@link Overrides}) set on the bound records as typed edits
 * ({@link TypedEdits}), each value bound and range-checked as in a file.</li>
 * <li>Cross-checks against the scenario itself and the bundled data ({@link ScenarioChecks}).</li>
 * </ol>
 * Every problem is a {@link ScenarioException} naming file, line, column and field path.
 */
public final class ScenarioLoader {
    /** The top-level key naming the file a scenario builds on. */
    public static final String EXTENDS = "extends";
    /** Longest chain of files extending one another. */
    static final int MAX_EXTENDS_DEPTH = 16;

    private ScenarioLoader() {
    }

    /** Loads and checks a scenario file. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, Map.of());
    }

    /**
     * Loads a scenario file and applies overrides after {@code extends}: keys are dotted
     * paths ({@code levers.minusma.mobile_share}, {@code factions.GATIA.fighters}), values
     * YAML text. An override of a path that does not exist is an error. Overrides apply in
     * a fixed order whatever the map's order: shorter paths first, then alphabetically.
     */
    public static Scenario load(Path file, Map<String, String> overrides) throws ScenarioException {
        YNode.Map tree = resolve(YamlReader.readFile(file), file, new ArrayList<>(), new ArrayList<>());
        return bind(tree, overrides);
    }

    /**
     * The files a scenario is read from: the file itself, then the file it extends, and so on,
     * each path as the loader resolves it (relative to the extending file, normalised). For
     * the manifest's hashes of scenario files. Errors as in {@link #load(Path)} for the YAML
     * and {@code extends} parts (the values themselves are not checked here).
     */
    public static List<Path> sourceFiles(Path file) throws ScenarioException {
        List<Path> read = new ArrayList<>();
        read.add(file);
        resolve(YamlReader.readFile(file), file, new ArrayList<>(), read);
        return List.copyOf(read);
    }

    /**
     * Loads scenario text as if it were the content of {@code file}: the file names the
     * source in messages and {@code extends} is resolved against its folder. {@code file}
     * may be null (messages then say {@code <command line>}, {@code extends} is resolved
     * against the working folder).
     */
    public static Scenario fromYamlString(String yaml, Path file) throws ScenarioException {
        return fromYamlString(yaml, file, Map.of());
    }

    /** As {@link #fromYamlString(String, Path)}, then overrides as in {@link #load(Path, Map)}. */
    public static Scenario fromYamlString(String yaml, Path file, Map<String, String> overrides)
            throws ScenarioException {
        YNode.Map tree = resolve(YamlReader.readString(yaml, file), file, new ArrayList<>(), new ArrayList<>());
        return bind(tree, overrides);
    }

    /**
     * A resolved scenario with overrides applied (for sweeps, ensembles, calibrations and timed
     * inputs): the rules of {@link #load(Path, Map)}, set as typed edits of the records
     * ({@link TypedEdits}: nothing written or read as YAML), then checked as a file is; errors
     * name the override.
     */
    public static Scenario withOverrides(Scenario base, Map<String, String> overrides) throws ScenarioException {
        return TypedEdits.apply(base, overrides);
    }

    /**
     * The scenario with one timed input applied to its levers: its {@code set} entries as
     * overrides (the rules of {@link #withOverrides}), everything but the levers unchanged and the
     * scenario's own list of timed inputs kept. Errors name the override.
     */
    public static Scenario withTimedInput(Scenario current, TimedInput input) throws ScenarioException {
        // without its timed inputs, so that checking the changed scenario does not apply them again
        Scenario changed = withOverrides(current.withTimedInputs(List.of()), input.set());
        // the model applies the input as a typed edit of the levers (TimedInput.applyTo): it must
        // give the levers checked here, or a run would differ from the scenario checked
        LeversSpec typed;
        try {
            typed = timedInput(input.at(), input.set()).applyTo(current.levers());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the timed input at " + input.at() + " is refused as a typed edit but"
                    + " not as overrides: " + e.getMessage(), e);
        }
        if (!typed.equals(changed.levers())) {
            throw new IllegalStateException("the timed input at " + input.at() + " gives other levers as a typed edit ("
                    + typed + ") than as overrides (" + changed.levers() + ")");
        }
        return current.withLevers(changed.levers());
    }

    /**
     * A timed input with its values read into typed edits of the levers ({@link TimedInput#edits}):
     * each value bound and range-checked as in a file. Whether it applies on top of a scenario's
     * levers is {@link #withTimedInput}'s question.
     */
    public static TimedInput timedInput(MonthRef at, Map<String, String> set) throws ScenarioException {
        return new TimedInput(at, set, Overrides.leverEdits(set));
    }

    /**
     * A scenario's timed inputs in the order they apply: by the step they start at, then in file
     * order (a stable sort).
     */
    public static List<TimedInput> inApplyOrder(Scenario s) {
        return TimedInput.inApplyOrder(s.timedInputs(), s.start());
    }

    /**
     * The tree of a scenario file with {@code extends} applied, not yet bound (for
     * experiments, which bind it once and set each variant's settings on a copy). Errors as in
     * {@link #load(Path)} for the YAML and {@code extends} parts.
     */
    static YNode.Map tree(Path file) throws ScenarioException {
        return resolve(YamlReader.readFile(file), file, new ArrayList<>(), new ArrayList<>());
    }

    /** Binds and checks a tree (see {@link #tree(Path)}). */
    public static Scenario bindTree(YNode.Map tree) throws ScenarioException {
        return bind(tree, Map.of());
    }

    /**
     * Binds a tree, then sets the overrides on the bound records as typed edits ({@link TypedEdits}:
     * values on the command line, a path that does not exist an error naming it), then checks the
     * scenario.
     */
    private static Scenario bind(YNode.Map tree, Map<String, String> overrides) throws ScenarioException {
        Binder binder = new Binder();
        Scenario s = bindUnchecked(tree, binder);
        if (overrides.isEmpty()) {
            ScenarioChecks.check(s, binder, Gazetteer.get());
            return typed(s);
        }
        return new TypedEdits(s, binder).setAll(overrides).result();
    }

    /**
     * A tree bound to the scenario records, not yet checked across values; {@code binder} keeps
     * where each value was written (for a loader that sets its own values on it as typed edits
     * before the checks).
     */
    static Scenario bindUnchecked(YNode.Map tree, Binder binder) throws ScenarioException {
        binder.positions.put("", tree.pos);
        return binder.bindRecord(tree, Scenario.class, "");
    }

    /** A checked scenario with every timed input's values read into typed edits (the checks applied each: this cannot fail). */
    static Scenario typed(Scenario s) throws ScenarioException {
        List<TimedInput> typed = new ArrayList<>();
        for (TimedInput t : s.timedInputs()) {
            typed.add(timedInput(t.at(), t.set()));
        }
        return s.withTimedInputs(typed);
    }

    /**
     * Applies {@code extends} recursively; {@code chain} holds the files being read (for
     * cycles), {@code read} collects each extended file as it is read.
     */
    private static YNode.Map resolve(YNode root, Path file, List<Path> chain, List<Path> read)
            throws ScenarioException {
        YNode.Map map = Binder.topMap(file, root, "a scenario file",
                "a scenario needs at least name, start, months and factions");
        YNode ext = map.remove(EXTENDS);
        if (YNode.isNull(ext)) {
            return map;
        }
        String name = Binder.fileName(ext, EXTENDS, "a scenario file such as baseline-2015.yaml");
        Path parent;
        try {
            parent = (file == null ? Path.of(name) : file.resolveSibling(name)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw Binder.error(ext.pos, EXTENDS, "'" + name + "' is not a valid file name");
        }
        List<Path> here = new ArrayList<>(chain);
        if (file != null) {
            here.add(file.toAbsolutePath().normalize());
        }
        Path parentKey = parent.toAbsolutePath().normalize();
        if (here.contains(parentKey)) {
            String cycle = Stream.concat(here.subList(here.indexOf(parentKey), here.size()).stream(),
                    Stream.of(parentKey)).map(p -> String.valueOf(p.getFileName()))
                    .collect(Collectors.joining(" -> "));
            throw Binder.error(ext.pos, EXTENDS, "the files extend one another in a cycle: " + cycle);
        }
        if (here.size() >= MAX_EXTENDS_DEPTH) {
            throw Binder.error(ext.pos, EXTENDS, "more than " + MAX_EXTENDS_DEPTH + " files extend one another");
        }
        if (!Files.isRegularFile(parent)) {
            throw Binder.error(ext.pos, EXTENDS, "the extended file '" + name + "' was not found (looked for "
                    + parent + ")");
        }
        read.add(parent);
        YNode.Map base = resolve(YamlReader.readFile(parent), parent, here, read);
        return (YNode.Map) merge(base, map);
    }

    /**
     * Lays {@code over} on {@code base}: maps merge key by key (keeping the base's order, new
     * keys after), anything else replaces; an empty value removes the key.
     */
    static YNode merge(YNode base, YNode over) {
        if (!(base instanceof YNode.Map) || !(over instanceof YNode.Map)) {
            return over;
        }
        YNode.Map b = (YNode.Map) base;
        YNode.Map o = (YNode.Map) over;
        YNode.Map out = new YNode.Map(o.pos);
        for (Map.Entry<String, YNode> e : b.entries.entrySet()) {
            out.put(e.getKey(), b.keyPos(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, YNode> e : o.entries.entrySet()) {
            String k = e.getKey();
            if (YNode.isNull(e.getValue())) {
                out.remove(k);
            } else if (out.entries.containsKey(k)) {
                out.put(k, o.keyPos(k), merge(out.entries.get(k), e.getValue()));
            } else {
                out.put(k, o.keyPos(k), e.getValue());
            }
        }
        return out;
    }
}

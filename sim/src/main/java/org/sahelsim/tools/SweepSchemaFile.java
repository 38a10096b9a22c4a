package org.sahelsim.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelsim.scenario.RepoPaths;
import org.sahelsim.scenario.SweepSpec;

/**
 * Writes {@code scenarios/sweep.schema.json}, the JSON Schema (draft 2020-12) of sweep files,
 * generated from the record {@link SweepSpec} ({@link SchemaGenerator}); the loader is the
 * authority (what a schema cannot say, such as whether a parameter's path exists in the
 * scenario, only it checks). Run from the repository root:
 * {@code java -cp sim/target/sahelsim.jar org.sahelsim.tools.SweepSchemaFile [FILE]}.
 */
public final class SweepSchemaFile {
    /** Where the schema lives, relative to the repository root. */
    public static final String PATH = "scenarios/sweep.schema.json";

    private SweepSchemaFile() {
    }

    /** The schema as pretty-printed JSON with a final newline. */
    public static String generate() {
        return SchemaGenerator.generate(SweepSpec.class, "sahelsim sweep", "A parameter sweep for 'sahelsim sweep'"
                + " (and 'sahelsim calibrate' over a designed experiment): a base scenario, a designed experiment"
                + " (factorial, lhs, sobol, morris, ensemble) over scenario values addressed by dotted path,"
                + " replications, and optionally a baseline point and a scenario-discovery question. Generated from"
                + " the record SweepSpec by org.sahelsim.tools.SchemaGenerator; the loader (sahelsim check) is the"
                + " authority.");
    }

    /** Writes the schema to the path given, or to {@value #PATH} under the repository root. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : RepoPaths.root().resolve(PATH);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}

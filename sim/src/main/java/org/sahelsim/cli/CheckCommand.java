package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE.yaml}: loads and checks a scenario, says what is wrong; never writes. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check a scenario file and say what is wrong.", usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        description = {"Checks a scenario file without running it: prints 'OK: ...' (exit 0) or what is wrong,",
            "with file, line, column and field (exit 2). Writes nothing."},
        footer = {"", "Example:", "  sahelsim check scenarios/baseline-2015.yaml"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The file to check.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Folders.checkReadable(file, "file");
        Scenario s = ScenarioLoader.load(file);
        spec.commandLine().getOut().println("OK: " + s.name() + ", " + s.factions().size() + " factions, "
                + s.months() + " months from " + s.start());
        return Main.OK;
    }
}

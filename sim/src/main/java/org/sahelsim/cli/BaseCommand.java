package org.sahelsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: picocli's standard {@code --help} and {@code --version} (added
 * last), options listed in the order they are declared at the terminal's width,
 * {@code --debug} (listed first; {@link Main} reads it from the arguments), and the command
 * line's output and arguments. Sets the property {@code sahelsim.cores} that the help of
 * {@code --threads} shows.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        usageHelpAutoWidth = true)
abstract class BaseCommand implements Callable<Integer> {
    static {
        System.setProperty("sahelsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Spec
    CommandSpec spec;

    /** {@code --debug}, accepted by every command: print stack traces of internal failures. */
    @Option(names = "--debug", description = "Print the stack trace of an internal failure (also: environment"
            + " variable SAHELSIM_DEBUG=1).")
    boolean debug;

    /** Where the command prints. */
    PrintWriter stdout() {
        return spec.commandLine().getOut();
    }

    /** The command line as given, for the manifest. */
    List<String> args() {
        return spec.commandLine().getParseResult().originalArgs();
    }
}

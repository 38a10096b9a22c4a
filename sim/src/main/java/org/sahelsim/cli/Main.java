package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar sahelsim.jar <command> [options]}: the jar's entry point. Exit codes:
 * 0 success; 2 bad input (a bad option, a {@link ScenarioException}, a {@link BadInputException}:
 * one paragraph on stderr, no stack trace, nothing written); 1 internal failure (the message
 * and a hint; the stack trace only with {@code --debug} or the environment variable
 * {@code SAHELSIM_DEBUG}).
 */
@Command(name = "sahelsim",
        description = {
            "Agent-based model of how armed groups in northern and central Mali choose, keep and break alliances.",
            "Explores mechanisms; it is not a forecast."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class, ReplayCommand.class,
            CheckCommand.class, BenchCommand.class, ValidateCommand.class, CalibrateCommand.class, RobustnessCommand.class,
            MechanismsCommand.class, GuiCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input, 1 internal failure.",
            "Run 'sahelsim <command> --help' for the options of a command."})
public final class Main extends BaseCommand {
    /** Exit code of a success. */
    public static final int OK = 0;
    /** Exit code of an internal failure. */
    public static final int FAILURE = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;

    @Override
    public Integer call() throws Exception {
        // No command given: the classroom window's preset chooser when a display is available
        // (interface.md), else the help.
        if (org.sahelsim.gui.Launcher.displayUsable()) {
            return spec.commandLine().getSubcommands().get("gui").execute();
        }
        spec.commandLine().usage(stdout());
        return OK;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debugOn = debugRequested(args);
        try {
            CommandLine cl = new CommandLine(new Main());
            cl.setOut(out);
            cl.setErr(err);
            cl.setParameterExceptionHandler((ex, a) -> badOption(ex, err));
            cl.setExecutionExceptionHandler((ex, c, parsed) -> failure(ex, err, debugOn));
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli passes only Exceptions to the handler; Errors (out of memory...) land here.
            return failure(t, err, debugOn);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static boolean debugRequested(String[] args) {
        String env = System.getenv("SAHELSIM_DEBUG");
        boolean fromEnv = env != null && !env.isBlank() && !env.equals("0") && !env.equalsIgnoreCase("false");
        return fromEnv || Arrays.asList(args).contains("--debug");
    }

    private static int badOption(ParameterException ex, PrintWriter err) {
        CommandLine where = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException u && where.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            err.println("error: unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
                    + String.join(", ", where.getSubcommands().keySet()) + ".");
        } else {
            err.println("error: " + ex.getMessage());
            if (ex instanceof UnmatchedArgumentException u) {
                UnmatchedArgumentException.printSuggestions(u, err);
            }
        }
        err.println("See '" + where.getCommandSpec().qualifiedName() + " --help'.");
        return BAD_INPUT;
    }

    static int failure(Throwable ex, PrintWriter err, boolean debugOn) {
        if (ex instanceof ScenarioException || ex instanceof BadInputException) {
            err.println("error: " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof RunFailedException) {
            err.println("error: " + ex.getMessage());
            err.println("hint: the folder's manifest says 'incomplete'. The model failed on this run; "
                    + "'sahelsim replay <folder> <run_id>' re-runs it alone"
                    + (debugOn ? "." : ", and --debug (or SAHELSIM_DEBUG=1) prints the stack trace."));
        } else if (ex instanceof OutOfMemoryError) {
            err.println("error: out of memory: " + ex.getMessage());
            err.println("hint: give Java more memory (java -Xmx4g -jar ...) or use fewer --threads.");
        } else {
            err.println("internal error: " + ex);
            err.println("hint: this is a bug in sahelsim or a problem of the machine (disk full, no permission)"
                    + (debugOn ? "; please report it with the stack trace below."
                    : "; run again with --debug (or SAHELSIM_DEBUG=1) for the stack trace and report it."));
        }
        if (debugOn) {
            ex.printStackTrace(err);
        }
        return FAILURE;
    }
}

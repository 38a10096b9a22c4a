package org.sahelsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliResult(int code, String out, String err) {
    static CliResult of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliResult(code, out.toString(), err.toString());
    }

    /**
     * The command line with a short time budget for {@code --dry-run}'s sample (a fifth of a
     * second): the tests check what a dry run prints and writes, not how well it estimates.
     */
    static CliResult quickly(java.util.function.Supplier<CliResult> command) {
        double budget = Hooks.sampleSeconds;
        Hooks.sampleSeconds = 0.2;
        try {
            return command.get();
        } finally {
            Hooks.sampleSeconds = budget;
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}

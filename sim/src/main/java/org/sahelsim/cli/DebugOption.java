package org.sahelsim.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, accepted by every command: print stack traces of internal failures. */
public final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace of an internal failure (also: environment variable SAHELSIM_DEBUG=1).")
    boolean debug;
}

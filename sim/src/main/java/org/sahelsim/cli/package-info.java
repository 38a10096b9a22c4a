/**
 * The command line ({@code java -jar sahelsim.jar <command>}), with picocli. Thin: each command
 * parses and checks its options, calls the runner and prints. Exit codes: 0 success, 2 bad
 * input (nothing written), 1 internal failure. Commands and files follow {@code interface.md}.
 */
package org.sahelsim.cli;

/**
 * The scenario file format and the only code that knows it: immutable parameter records
 * ({@link org.sahelsim.scenario.Scenario} and the records it holds, each value described by
 * {@link org.sahelsim.scenario.Param}), the loader that reads YAML into them
 * ({@link org.sahelsim.scenario.ScenarioLoader}: safe YAML, {@code extends}, dotted-path
 * overrides, defaults, ranges, cross-checks against the bundled data, errors with file, line,
 * column and field path), the writer of resolved scenarios
 * ({@link org.sahelsim.scenario.ScenarioWriter}); experiment files, the input of {@code compare}
 * ({@link org.sahelsim.scenario.Experiment}, read by {@link org.sahelsim.scenario.ExperimentLoader}
 * as the baseline plus each variant's dotted-path settings, with errors placed at the line of the
 * experiment file; written as run by {@link org.sahelsim.scenario.ExperimentWriter}); sweep
 * files, the input of {@code sweep} ({@link org.sahelsim.scenario.Sweep}, read by
 * {@link org.sahelsim.scenario.SweepLoader}, which tries every swept path on the scenario at load
 * time and places errors at the sweep file's line; written as run by
 * {@link org.sahelsim.scenario.SweepWriter}, itself a sweep file); and resolved scenarios kept as
 * trees to build many variants cheaply ({@link org.sahelsim.scenario.ScenarioTemplate}). The
 * schemas and the tables of {@code docs/PARAMETERS.md} are generated from the same annotations
 * by {@code org.sahelsim.tools}, so loader, schema and documentation cannot drift.
 */
package org.sahelsim.scenario;

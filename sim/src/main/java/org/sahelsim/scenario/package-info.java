/**
 * The model's input as immutable records, below the model and knowing no file format: the
 * scenario ({@link org.sahelsim.scenario.Scenario} and the records it holds, each value
 * described by {@link org.sahelsim.scenario.Param}: meaning, unit, range, default, source),
 * the levers and the timed inputs that change them during a run (set as typed edits,
 * {@link org.sahelsim.scenario.Records}), and the records of the other inputs: comparisons
 * ({@link org.sahelsim.scenario.Experiment}), sweeps ({@link org.sahelsim.scenario.Sweep}),
 * robustness checks, calibrations, mechanism expectations and parameter ensembles. Reading
 * and writing them is {@code org.sahelsim.format}'s work; the schemas and the tables of
 * {@code docs/PARAMETERS.md} are generated from the same annotations by
 * {@code org.sahelsim.tools}, so reader, schema and documentation cannot drift.
 */
package org.sahelsim.scenario;

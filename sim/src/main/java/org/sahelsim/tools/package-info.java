/**
 * Tools of the repository rather than of a run: the generators of the schemas
 * ({@code scenarios/schema.json}, {@code calibration.schema.json}, {@code experiment.schema.json},
 * {@code robustness.schema.json} and {@code sweep.schema.json} by
 * {@link org.sahelsim.tools.SchemaGenerator}, all from the records) and of the tables of
 * {@code docs/PARAMETERS.md} ({@link org.sahelsim.tools.ParameterDocs}), which also lists the constants written in the
 * model's code ({@code @Fixed}, found by {@link org.sahelsim.tools.FixedConstants}) and the ranges
 * the shipped analysis files tried ({@link org.sahelsim.tools.RangesTried}). Each is run with
 * {@code java -cp sim/target/sahelsim.jar org.sahelsim.tools.NAME}; a test fails when a
 * generated file is out of step. Nothing imports this package.
 */
package org.sahelsim.tools;

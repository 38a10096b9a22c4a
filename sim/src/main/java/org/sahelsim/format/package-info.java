/**
 * The input file formats, above the model: the one YAML reader
 * ({@link org.sahelsim.format.YamlReader}: safe YAML with positions) and writer
 * ({@link org.sahelsim.format.YamlWriter}), the one binder of YAML trees to the records of
 * {@code org.sahelsim.scenario} by their {@code @Param} annotations
 * ({@link org.sahelsim.format.Binder}: snake_case keys, defaults, ranges, closed vocabularies,
 * "did you mean" hints, errors with file, line, column and field path), dotted-path overrides
 * on trees ({@link org.sahelsim.format.Overrides}) and as typed edits of bound records
 * ({@link org.sahelsim.format.TypedEdits}), the cross-checks of a scenario against the bundled
 * data ({@link org.sahelsim.format.ScenarioChecks}), and the loaders and writers of each file:
 * scenarios ({@code extends}, overrides), comparisons, sweeps, robustness checks,
 * calibrations, patterns, mechanism expectations and ensembles. The model never calls this package
 * while it runs.
 */
package org.sahelsim.format;

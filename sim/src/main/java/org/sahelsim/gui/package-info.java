/**
 * The classroom window ({@code gui}): a MASON {@link sim.display.GUIState} over the model, with
 * a map, an alliance network, live charts, a narration of events in plain words (English or
 * French), lever sliders and "trigger now" buttons that record timed inputs, classroom presets,
 * a side-by-side view of two runs and PNG pictures and frames. The model knows nothing of this
 * package: the portrayals live here and read the world; agents hold no drawing code.
 */
package org.sahelsim.gui;

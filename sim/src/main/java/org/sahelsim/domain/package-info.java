/**
 * The domain's own types, below everything else: the kind of an armed group or actor
 * ({@link org.sahelsim.domain.Kind}), as written in files and in {@code events.csv}, and the
 * annotation that documents a constant written in the model's code
 * ({@link org.sahelsim.domain.Fixed}). The model, its records, the scenario records and the file
 * format all use them; this package imports none of them.
 */
package org.sahelsim.domain;

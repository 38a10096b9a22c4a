/**
 * How an armed group looks, the same in the report's charts and in the classroom window: the
 * colours (the Okabe-Ito palette: a coalition's colour, a kind's colour) in
 * {@link org.sahelsim.palette.Colours}, and the marker shape of each kind of group in
 * {@link org.sahelsim.palette.KindShapes}. Java2D only; it depends on nothing of the project but
 * {@link org.sahelsim.domain.Kind}, so the report and the window both import it and neither
 * imports the other for it.
 */
package org.sahelsim.palette;

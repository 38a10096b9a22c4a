/**
 * Plain records of what a run produces: metric definitions, events and the sink that
 * receives them. The model writes here; runners and reports read here; levers never do.
 */
package org.sahelsim.record;

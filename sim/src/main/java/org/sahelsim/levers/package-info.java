/**
 * Policy levers, one class each, each scheduled (start, end, strength). A lever changes the
 * inputs of mechanisms ({@link org.sahelsim.world.Inputs}) and nothing else: never an
 * outcome, never a metric (an architecture test keeps this package away from the recording code).
 */
package org.sahelsim.levers;

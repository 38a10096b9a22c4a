/**
 * The model's rules: one decision term or mechanism per class. Utility terms
 * ({@link org.sahelsim.rules.UtilityTerm}) make up a faction's utility for an option;
 * mechanisms ({@link org.sahelsim.rules.Mechanism}) change the world in one phase of the
 * month, each drawing only from its own random stream. The order of phases is written once,
 * in {@code org.sahelsim.model.MonthlyCycle}.
 */
package org.sahelsim.rules;

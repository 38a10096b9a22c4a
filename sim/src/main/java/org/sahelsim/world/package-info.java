/**
 * The state of a run: regions, places and routes (the corridor network), factions and their
 * community blocs, coalitions, ties, latent communities and the month's inputs. Plain
 * mutable objects without drawing code; rules change them, the model orders the changes.
 */
package org.sahelsim.world;

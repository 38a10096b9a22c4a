/**
 * The bundled world data (regions, places, trafficking routes, the faction tables of
 * January 2012 and June 2015, community blocs and community affinities), read from CSV
 * files in this package's resource folder by {@link org.sahelsim.data.Gazetteer}. Every row
 * carries its source; {@code docs/DATA.md} explains each file and which numbers are
 * assumptions. Nothing here reads files outside the jar.
 */
package org.sahelsim.data;

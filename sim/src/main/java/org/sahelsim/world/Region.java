package org.sahelsim.world;

/** A region of northern or central Mali, or a border area, with its changing presence levels. */
public final class Region {
    public final int index;
    public final String name;
    public final boolean border;
    public final boolean north;
    public final boolean centre;
    public final double population;
    public final double areaKm2;
    public int[] neighbours = new int[0];

    /** State presence S_r in [0, 1]: administration, services, security. */
    public double statePresence;
    /** Jihadist influence J_r in [0, 1]. */
    public double influence;
    /** MINUSMA coverage U_r in [0, 1], recomputed each month. */
    public double coverage;
    /** MINUSMA troops guarding bases here this month. */
    public double baseTroops;
    /** MINUSMA mobile troops allocated here this month. */
    public double mobileTroops;
    /** Malian army troops here this month. */
    public double armyTroops;
    /** Mixed-patrol strength here (1 = one unit). */
    public double patrols;
    /** Share of hostility removed by a reconciliation forum here (community rivalry, clash hostility on routes). */
    public double reconciliation;
    /** Jihadist fighters present here this month. */
    public double jihadistFighters;
    /** Fighter-weighted mean bloc grievance of groups present here. */
    public double grievance;
    /** Clashes here this month. */
    public int clashes;

    /**
     * A region in its zone ({@code north}, {@code centre} or {@code border}, as the bundled
     * regions file says): the north's and the centre's metrics and rules read it.
     */
    public Region(int index, String name, String zone, double population, double areaKm2, double statePresence) {
        if (population < 0 || areaKm2 <= 0) {
            throw new IllegalArgumentException("region " + name + ": population and area must be positive");
        }
        this.index = index;
        this.name = name;
        this.border = zone.equals("border");
        this.north = zone.equals("north");
        this.centre = zone.equals("centre");
        if (!border && !north && !centre) {
            throw new IllegalArgumentException("region " + name + ": zone must be north, centre or border, was " + zone);
        }
        this.population = population;
        this.areaKm2 = areaKm2;
        this.statePresence = statePresence;
    }

    @Override
    public String toString() {
        return name;
    }
}

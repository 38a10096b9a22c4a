package org.sahelsim.world;

import org.sahelsim.domain.Kind;

/** A community not yet under arms, with its readiness to mobilise as a new faction. */
public final class Latent {
    public final String id;
    public final String community;
    public final Region region;
    public final Kind kind;
    public final int fighters;
    public final double autonomy;
    public final double islamism;
    public final String allegiance;
    public double readiness;
    /** A bloc standing for the community, for affinity look-ups. */
    public final Bloc probe;
    public boolean mobilised;

    public Latent(String id, String community, Region region, Kind kind, int fighters, double readiness,
                  double autonomy, double islamism, String allegiance) {
        this.id = id;
        this.community = community;
        this.region = region;
        this.kind = kind;
        this.fighters = fighters;
        this.readiness = readiness;
        this.autonomy = autonomy;
        this.islamism = islamism;
        this.allegiance = allegiance;
        this.probe = new Bloc(community, 0, 0, kind, 0);
    }
}

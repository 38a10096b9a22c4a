package org.sahelsim.gui;

import java.awt.Color;
import java.util.stream.Collectors;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Faction;

/**
 * What a view shows of a faction, copied from the world after each month: the displays draw
 * it and MASON's inspector shows its getters when the instructor clicks it. The model's
 * faction holds no drawing code; this is the view's copy.
 */
public final class FactionMarker {
    final String id;
    String name;
    Kind kind;
    double fighters;
    String coalition;
    Color color;
    boolean signatory;
    boolean sanctioned;
    double cohesion;
    double treasury;
    double rent;
    double dividends;
    String region;
    String blocs;
    int born;
    /** True for the month a faction is gone (split into nothing, absorbed, disbanded): drawn as a ghost. */
    boolean gone;

    FactionMarker(String id) {
        this.id = id;
    }

    /** Copies the faction's state; {@code color} is its coalition's, white when it stands alone. */
    void update(Faction f, Color c, String regionName) {
        name = f.name;
        kind = f.kind;
        fighters = f.fighters;
        coalition = f.coalition == null ? "" : Narrator.readable(f.coalition.name);
        color = c;
        signatory = f.signatory;
        sanctioned = f.sanctioned;
        cohesion = f.cohesion;
        treasury = f.treasury;
        rent = f.rentIncome;
        dividends = f.dividendIncome;
        region = regionName;
        born = f.born;
        gone = false;
        blocs = f.blocs.stream().map(bl -> bl.community + " " + Math.round(100 * bl.share) + "%")
                .collect(Collectors.joining(", "));
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind == null ? "" : kind.label();
    }

    public long getFighters() {
        return Math.round(fighters);
    }

    public String getCoalition() {
        return coalition;
    }

    public boolean isSignatory() {
        return signatory;
    }

    public boolean isSanctioned() {
        return sanctioned;
    }

    public double getCohesion() {
        return Math.round(cohesion * 100) / 100.0;
    }

    public long getTreasuryUsd() {
        return Math.round(treasury);
    }

    public long getRentUsdPerMonth() {
        return Math.round(rent);
    }

    public long getDividendsUsdPerMonth() {
        return Math.round(dividends);
    }

    public String getMainRegion() {
        return region;
    }

    public String getBlocs() {
        return blocs;
    }

    public int getMonthFormed() {
        return born;
    }

    @Override
    public String toString() {
        return id;
    }
}

package org.sahelsim.record;

/** The event types of {@code events.csv}, with the names of {@code interface.md}. */
public enum EventType {
    SPLIT("split", "A faction breaks apart: actor the parent, other the new faction"),
    MERGE("merge", "A faction absorbs another by decision: actor the absorbing faction, other the absorbed"),
    JOIN("join", "A faction standing alone joins a coalition: other the coalition"),
    LEAVE("leave", "A faction leaves its coalition to stand alone: other the coalition"),
    SWITCH("switch", "A faction moves from one coalition straight to another: other the new coalition"),
    CLASH("clash", "Two factions fight over a route or hub: actor and other the two factions"),
    ATTACK("attack", "An armed group attacks MINUSMA, the army or a mixed patrol"),
    COALITION_FORMED("coalition_formed", "A coalition is founded: actor the founding faction, other its name"),
    COALITION_DISSOLVED("coalition_dissolved", "A coalition ends: actor its last faction, other its name"),
    DISBAND("disband", "A faction ceases without a merger decision (destroyed, dissolved, absorbed)"),
    MOBILIZE("mobilize", "A community takes up arms as a new faction: actor the new faction"),
    CAPTURE("capture", "A town or hub changes hands: actor the new holder, other the old one"),
    DISPUTE_SETTLED("dispute_settled", "The arbiter settles a dispute between two allies over a route that would have come to a clash: actor and other the two factions"),
    RECOGNITION("recognition", "The accord's committee recognises a group standing alone as a party with a seat and a part of the dividends: actor the group"),
    COMMUNAL_VIOLENCE("communal_violence", "An armed group attacks the civilians of a rival community: actor the group, other the community attacked; detail the deaths"),
    ARMY_ASSAULT("army_assault", "The army assaults a town or hub an armed group holds: actor the army, other the group; detail the place, the dead and whether it was taken"),
    PLEDGE("pledge", "A bloc of a jihadist group, or the whole group, pledges allegiance to the Islamic State: actor the group; detail the bloc and whether the group followed");

    private final String label;
    private final String definition;

    EventType(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** Whether the event is a decision whose detail carries utility terms. */
    public boolean isDecision() {
        return this == SPLIT || this == MERGE || this == JOIN || this == LEAVE || this == SWITCH;
    }

    @Override
    public String toString() {
        return label;
    }
}

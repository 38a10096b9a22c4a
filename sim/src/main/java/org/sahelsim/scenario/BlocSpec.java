package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;

/** One community bloc inside a faction: the line along which the faction can split. */
public record BlocSpec(
        @Param(doc = "Share of the faction's fighters from this community", unit = "share", min = 0, max = 1) double share,
        @Param(doc = "Political weight inside the faction (who captures income); relative, 1 = in proportion to fighters", unit = "ratio", min = 0, max = 10, def = "1") double weight,
        @Param(doc = "Kind of group the bloc would form if it broke away; same as the faction when empty", def = "''") String leaning,
        @Param(doc = "Grievance at the start", unit = "share", min = 0, max = 1, def = "0") double grievance,
        @Param(doc = "Whether the bloc has leaders of its own who could claim a seat at the accord's table as a party if it left (recognition)", def = "false", source = "blocs.csv") boolean leadership,
        @Param(doc = "Jihadist allegiance the bloc would take as a jihadist group of its own: aq or is; empty: its faction's (in a group that is not jihadist: the allegiance of the strongest jihadist group where it is, else aq)", def = "''") String allegiance) {
}

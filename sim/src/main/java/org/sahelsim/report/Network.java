package org.sahelsim.report;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * The alliance network of a world at one moment, copied out of the model so drawing needs
 * nothing else: the alive factions grouped by coalition (coalitions in the world's order, then
 * the factions standing alone), each coalition's index in the world (which picks its colour, as
 * in the window: {@link org.sahelsim.palette.Colours#coalition}), and the tie between every pair.
 */
record Network(List<Node> nodes, List<String> coalitions, List<Integer> coalitionIndex, double[][] ties) {
    /** One alive faction. */
    record Node(String id, String name, Kind kind, double fighters, String coalition) {
    }

    /** The factions alive in {@code w}, members of each coalition together. */
    static Network of(World w) {
        List<Faction> order = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (Coalition c : w.coalitions) {
            List<Faction> alive = c.members.stream().filter(f -> f.alive).toList();
            if (c.alive && !alive.isEmpty()) {
                order.addAll(alive);
                names.add(c.name);
                indices.add(c.index);
            }
        }
        w.factions.stream().filter(f -> !order.contains(f)).forEach(order::add);
        List<Node> nodes = order.stream().map(f -> new Node(f.id, f.name, f.kind, f.fighters,
                f.coalition != null && names.contains(f.coalition.name) ? f.coalition.name : null)).toList();
        double[][] t = new double[order.size()][order.size()];
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                t[i][j] = i == j ? 0 : w.ties.get(order.get(i), order.get(j));
            }
        }
        return new Network(nodes, List.copyOf(names), List.copyOf(indices), t);
    }
}

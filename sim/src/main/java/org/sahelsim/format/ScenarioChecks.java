package org.sahelsim.format;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sahelsim.data.FactionInfo;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.data.PlaceInfo;
import org.sahelsim.data.RegionInfo;
import org.sahelsim.data.RouteInfo;
import org.sahelsim.scenario.BlocSpec;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.LatentSpec;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ShockSpec;
import org.sahelsim.scenario.TimedInput;

/**
 * Checks that need the whole scenario or the bundled data, run after binding. Each rule, in
 * plain words:
 * <ul>
 * <li>Every region named (factions, latent communities, {@code regions}, army, levers,
 * shocks) is a region of the model or a border area of the bundled {@code regions.csv}.</li>
 * <li>MINUSMA bases, bases of shocks and bases closed or opened by the MINUSMA lever are
 * places of the bundled {@code places.csv}; a base closed by the lever must be open at the
 * lever's start (at the start, or deployed by a shock by then).</li>
 * <li>A faction's id is a group of the bundled faction tables, formed no later than the
 * scenario's start; its {@code coalition} is {@code none} or a coalition of the scenario; its
 * bloc shares sum to 1 (within 1e-6) and its communities are named.</li>
 * <li>Latent ids differ from faction ids.</li>
 * <li>Sanctions targets are faction or latent ids; integration groups are faction or latent
 * ids or the keywords {@code non_signatories} and {@code emerged}; the integration coalition
 * is empty or a coalition of the scenario.</li>
 * <li>Months of shocks and of lever starts and ends lie within the run (step 0 to
 * {@code months}); a lever's end comes after its start.</li>
 * <li>A signing shock ({@code preliminary_agreement}, {@code accord_signed}) names at least
 * one coalition or the rule {@code all_non_jihadist}; every coalition a shock names exists; the
 * rule is accepted only in signing shocks, and no coalition may be named like it.</li>
 * <li>{@code route_rents} keys are route ids of the bundled {@code routes.csv}; rents are not
 * negative.</li>
 * <li>Timed inputs: each month lies within the run; applied cumulatively in month order (then
 * file order), each one's overrides give a valid scenario (the error names the timed input's key
 * in the file).</li>
 * </ul>
 */
final class ScenarioChecks {
    private static final double SHARE_TOLERANCE = 1e-6;

    private final Scenario s;
    private final Binder where;
    private final List<String> regionNames;
    private final List<String> placeNames;
    private final List<String> routeIds;
    /** Earliest formation month per bundled faction id (null when unknown), in data order. */
    private final Map<String, YearMonth> formed = new LinkedHashMap<>();

    private ScenarioChecks(Scenario s, Binder where, Gazetteer g) {
        this.s = s;
        this.where = where;
        this.regionNames = g.regions().stream().map(RegionInfo::name).toList();
        this.placeNames = g.places().stream().map(PlaceInfo::name).toList();
        this.routeIds = g.routes().stream().map(RouteInfo::id).toList();
        for (FactionInfo f : g.factions()) {
            YearMonth old = formed.get(f.id());
            boolean earlier = old != null && (f.formed() == null || f.formed().isBefore(old));
            if (!formed.containsKey(f.id()) || earlier) {
                formed.put(f.id(), f.formed());
            }
        }
    }

    static void check(Scenario s, Binder where, Gazetteer g) throws ScenarioException {
        new ScenarioChecks(s, where, g).run();
    }

    /** The position of a path, or of its nearest ancestor that has one. */
    private YNode.Pos pos(String path) {
        String p = path;
        while (true) {
            YNode.Pos at = where.positions.get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return where.positions.getOrDefault("", YNode.Pos.COMMAND_LINE);
            }
            p = p.substring(0, cut);
        }
    }

    private YNode.Pos keyPos(String path) {
        YNode.Pos at = where.keyPositions.get(path);
        return at != null ? at : pos(path);
    }

    private static ScenarioException error(YNode.Pos at, String path, String problem) {
        return Binder.error(at, path, problem);
    }

    private void run() throws ScenarioException {
        checkCoalitionNames();
        checkFactions();
        checkLatent();
        for (String r : s.regions().keySet()) {
            region(r, "regions." + r, true);
        }
        for (Map.Entry<String, Double> e : s.routeRents().entrySet()) {
            String path = "route_rents." + e.getKey();
            if (!routeIds.contains(e.getKey())) {
                throw error(keyPos(path), path, "'" + e.getKey() + "' is not a route id of the bundled routes table."
                        + Names.didYouMean(e.getKey(), routeIds) + " Route ids: " + Names.list(routeIds) + ".");
            }
            if (e.getValue() < 0) {
                throw error(pos(path), path, "a rent cannot be negative, was " + Binder.fmt(e.getValue()));
            }
        }
        places(s.minusma().bases(), "minusma.bases");
        regions(s.army().regions(), "army.regions");
        checkShocks();
        checkLevers();
        checkTimedInputs();
    }

    private void checkTimedInputs() throws ScenarioException {
        List<TimedInput> list = s.timedInputs();
        for (int i = 0; i < list.size(); i++) {
            month(list.get(i).at(), "timed_inputs[" + i + "].at");
        }
        List<Integer> order = IntStream.range(0, list.size()).boxed()
                .sorted(Comparator.comparingInt(i -> list.get(i).at().step(s.start()))).toList(); // stable
        Scenario current = s.withTimedInputs(List.of());
        for (int i : order) {
            TimedInput t = list.get(i);
            try {
                current = ScenarioLoader.withTimedInput(current, t);
            } catch (ScenarioException e) {
                String key = t.set().keySet().iterator().next();
                for (String k : t.set().keySet()) {
                    if (e.field().equals(k) || e.field().startsWith(k + ".") || e.field().startsWith(k + "[")) {
                        key = k;
                    }
                }
                String path = "timed_inputs[" + i + "].set." + key;
                String where = e.field().isEmpty() || e.field().equals(key) ? "" : " (at " + e.field() + ")";
                throw error(keyPos(path), path, "the timed input at " + t.at() + " (step " + t.at().step(s.start())
                        + ") cannot be applied to the levers in force then: " + e.problem() + where);
            }
        }
    }

    private void checkFactions() throws ScenarioException {
        for (Map.Entry<String, FactionSpec> e : s.factions().entrySet()) {
            String id = e.getKey();
            String path = "factions." + id;
            FactionSpec f = e.getValue();
            if (!formed.containsKey(id)) {
                List<String> known = new ArrayList<>(formed.keySet());
                throw error(keyPos(path), path, "'" + id + "' is not a group of the bundled faction data."
                        + Names.didYouMean(id, known) + " Known groups: " + Names.list(known) + ".");
            }
            YearMonth when = formed.get(id);
            if (when != null && when.isAfter(s.start())) {
                throw error(keyPos(path), path, id + " was formed in " + when + ", after the scenario's start "
                        + s.start() + "; leave it out, or start the scenario later");
            }
            if (!f.coalition().equals(Vocabulary.NO_COALITION) && !s.coalitions().containsKey(f.coalition())) {
                List<String> names = new ArrayList<>(s.coalitions().keySet());
                names.add(0, Vocabulary.NO_COALITION);
                throw error(pos(path + ".coalition"), path + ".coalition", "'" + f.coalition()
                        + "' is not a coalition of this scenario; expected one of " + String.join(", ", names) + "."
                        + Names.didYouMean(f.coalition(), names));
            }
            regions(f.regions(), path + ".regions");
            double sum = 0;
            for (Map.Entry<String, BlocSpec> b : f.blocs().entrySet()) {
                if (b.getKey().isBlank()) {
                    String bp = path + ".blocs." + b.getKey();
                    throw error(keyPos(bp), bp, "a bloc needs a community name");
                }
                sum += b.getValue().share();
            }
            if (Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
                throw error(pos(path + ".blocs"), path + ".blocs", "the blocs' shares sum to "
                        + Binder.fmt(Math.round(sum * 1e9) / 1e9) + ", not 1");
            }
        }
    }

    private void checkLatent() throws ScenarioException {
        for (Map.Entry<String, LatentSpec> e : s.latent().entrySet()) {
            String path = "latent." + e.getKey();
            if (s.factions().containsKey(e.getKey())) {
                throw error(keyPos(path), path, "'" + e.getKey() + "' is already a faction id; a latent community"
                        + " needs an id of its own");
            }
            region(e.getValue().region(), path + ".region", false);
        }
    }

    private void checkShocks() throws ScenarioException {
        for (int i = 0; i < s.shocks().size(); i++) {
            ShockSpec sh = s.shocks().get(i);
            String path = "shocks[" + i + "]";
            month(sh.at(), path + ".at");
            regions(sh.regions(), path + ".regions");
            if (sh.type().equals("forces") && sh.actor().equals("g5") && sh.regions().isEmpty()) {
                throw error(pos(path + ".regions"), path + ".regions", "a forces shock of the g5 names the regions the"
                        + " G5 Sahel joint force operates in");
            }
            places(sh.bases(), path + ".bases");
            if (sh.signs() && sh.coalitions().isEmpty()) {
                throw error(pos(path + ".coalitions"), path + ".coalitions",
                        "a" + (sh.type().startsWith("a") ? "n " : " ") + sh.type() + " shock must name the coalitions"
                        + " that sign, or give the rule " + String.join(", ", ShockSpec.COALITION_RULES));
            }
            for (int j = 0; j < sh.coalitions().size(); j++) {
                String c = sh.coalitions().get(j);
                String cp = path + ".coalitions[" + j + "]";
                if (ShockSpec.COALITION_RULES.contains(c)) {
                    if (!sh.signs()) {
                        throw error(pos(cp), cp, "the rule '" + c + "' chooses the coalitions that sign; only "
                                + String.join(" and ", ShockSpec.SIGNING) + " shocks take it, not " + sh.type());
                    }
                    continue;
                }
                coalition(c, cp);
            }
        }
    }

    private void checkLevers() throws ScenarioException {
        LeversSpec l = s.levers();
        List<LeverSpec> all = l.all();
        for (int i = 0; i < all.size(); i++) {
            LeverSpec lever = all.get(i);
            String path = "levers." + LeversSpec.NAMES.get(i);
            int start = month(lever.start(), path + ".start");
            if (lever.end() != null) {
                int end = month(lever.end(), path + ".end");
                if (end <= start) {
                    throw error(pos(path + ".end"), path + ".end", "the end " + lever.end() + " (step " + end
                            + ") must come after the start " + lever.start() + " (step " + start + ")");
                }
            }
        }
        LeversSpec.Minusma m = l.minusma();
        places(m.closeBases(), "levers.minusma.close_bases");
        places(m.openBases(), "levers.minusma.open_bases");
        Set<String> open = new LinkedHashSet<>(s.minusma().bases());
        int leverStart = m.start().step(s.start());
        for (ShockSpec sh : s.shocks()) {
            if (sh.type().equals("minusma_deployment") && sh.at().step(s.start()) <= leverStart) {
                open.addAll(sh.bases());
            }
        }
        for (int j = 0; j < m.closeBases().size(); j++) {
            String b = m.closeBases().get(j);
            if (!open.contains(b)) {
                String path = "levers.minusma.close_bases[" + j + "]";
                throw error(pos(path), path, "cannot close the base at " + b + ": MINUSMA has no base there at the"
                        + " lever's start (bases then: " + Names.list(open) + ")");
            }
        }
        List<String> ids = new ArrayList<>(s.factions().keySet());
        ids.addAll(s.latent().keySet());
        for (int j = 0; j < l.sanctions().targets().size(); j++) {
            String t = l.sanctions().targets().get(j);
            if (!ids.contains(t)) {
                String path = "levers.sanctions.targets[" + j + "]";
                throw error(pos(path), path, "'" + t + "' is not a faction or latent id of this scenario."
                        + Names.didYouMean(t, ids) + " Ids: " + Names.list(ids) + ".");
            }
        }
        List<String> groupWords = new ArrayList<>(ids);
        groupWords.addAll(Vocabulary.INTEGRATION_KEYWORDS);
        for (int j = 0; j < l.integration().groups().size(); j++) {
            String t = l.integration().groups().get(j);
            if (!groupWords.contains(t)) {
                String path = "levers.integration.groups[" + j + "]";
                throw error(pos(path), path, "'" + t + "' is neither a faction or latent id of this scenario nor one"
                        + " of the keywords " + String.join(", ", Vocabulary.INTEGRATION_KEYWORDS) + "."
                        + Names.didYouMean(t, groupWords));
            }
        }
        if (!l.integration().coalition().isEmpty()) {
            coalition(l.integration().coalition(), "levers.integration.coalition");
        }
        regions(l.reconciliation().regions(), "levers.reconciliation.regions");
        regions(l.mixedPatrols().regions(), "levers.mixed_patrols.regions");
        regions(l.statePresence().regions(), "levers.state_presence.regions");
    }

    /** The step of a month, checked to lie within the run. */
    private int month(MonthRef ref, String path) throws ScenarioException {
        int step = ref.step(s.start());
        if (step < 0 || step > s.months()) {
            String end = s.start().plusMonths(s.months()).toString();
            String what = ref.date() != null ? "month " + ref : "month number " + ref;
            throw error(pos(path), path, what + " is outside the run " + s.start() + ".." + end
                    + " (steps 0 to " + s.months() + ")");
        }
        return step;
    }

    private void coalition(String name, String path) throws ScenarioException {
        if (!s.coalitions().containsKey(name)) {
            List<String> names = new ArrayList<>(s.coalitions().keySet());
            String rules = path.startsWith("shocks[") ? " or the rule " + String.join(", ", ShockSpec.COALITION_RULES) : "";
            List<String> words = new ArrayList<>(names);
            if (!rules.isEmpty()) {
                words.addAll(ShockSpec.COALITION_RULES);
            }
            throw error(pos(path), path, "'" + name + "' is not a coalition of this scenario" + rules + "; coalitions: "
                    + Names.list(names) + "." + Names.didYouMean(name, words));
        }
    }

    /** A coalition may not be named like a rule, or a signing shock naming it would be ambiguous. */
    private void checkCoalitionNames() throws ScenarioException {
        for (String name : s.coalitions().keySet()) {
            if (ShockSpec.COALITION_RULES.contains(name)) {
                String path = "coalitions." + name;
                throw error(keyPos(path), path, "'" + name + "' is the name of a rule of signing shocks (every"
                        + " coalition alive with at least two members, none jihadist); give the coalition another name");
            }
        }
    }

    private void regions(List<String> names, String path) throws ScenarioException {
        for (int i = 0; i < names.size(); i++) {
            region(names.get(i), path + "[" + i + "]", false);
        }
    }

    private void region(String name, String path, boolean isKey) throws ScenarioException {
        if (!regionNames.contains(name)) {
            throw error(isKey ? keyPos(path) : pos(path), path, "'" + name + "' is not a region of the model;"
                    + " regions: " + String.join(", ", regionNames) + "." + Names.didYouMean(name, regionNames));
        }
    }

    private void places(List<String> names, String path) throws ScenarioException {
        for (int i = 0; i < names.size(); i++) {
            String p = names.get(i);
            if (!placeNames.contains(p)) {
                String ip = path + "[" + i + "]";
                throw error(pos(ip), ip, "'" + p + "' is not a place of the bundled places table."
                        + Names.didYouMean(p, placeNames) + " Places: " + Names.list(placeNames) + ".");
            }
        }
    }
}

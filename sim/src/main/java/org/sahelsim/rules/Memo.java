package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Valuations already made in the present version of the world ({@link World#version}, bumped at
 * the start of every mechanism and by every change of sides, detachments or holdings), so that a
 * decision that needs one again reads it rather than repeating it: a faction's weighing of its
 * alignment options (a review, and each of its blocs weighing where the faction is heading), its
 * staying prospect (the deployment a leaving bloc and the group it leaves start from) and a
 * coalition member's present position (the baseline of every acceptance of a newcomer). A value
 * read here is the value the decision would compute: the same prospect of the same world, so
 * results do not change, only the work.
 */
final class Memo {
    private int version = Integer.MIN_VALUE;
    private Alignment.Choice[] choices = new Alignment.Choice[0];
    private Prospect[] stays = new Prospect[0];
    private Coalition[] baselineIn = new Coalition[0];
    private double[] baselines = new double[0];

    private Memo() {
    }

    /** The world's memo, emptied when the world has changed since it was filled. */
    static Memo of(World w) {
        Memo m = (Memo) w.decisionMemo;
        if (m == null) {
            m = new Memo();
            w.decisionMemo = m;
        }
        if (m.version != w.version) {
            m.clear(w);
        }
        return m;
    }

    private void clear(World w) {
        version = w.version;
        int n = w.allFactions.size();
        if (choices.length < n) {
            choices = new Alignment.Choice[n];
            stays = new Prospect[n];
            baselineIn = new Coalition[n];
            baselines = new double[n];
        } else {
            Arrays.fill(choices, null);
            Arrays.fill(stays, null);
            Arrays.fill(baselineIn, null);
        }
    }

    /** A faction of the world (not a shadow) whose values this memo keeps. */
    private boolean keeps(Faction f) {
        return f.index >= 0 && f.index < choices.length;
    }

    /** {@link Alignment#weigh} of a faction in this version of the world. */
    static Alignment.Choice choice(World w, Faction f) {
        Memo m = of(w);
        if (!m.keeps(f)) {
            return Alignment.weighNow(w, f);
        }
        Alignment.Choice c = m.choices[f.index];
        if (c == null) {
            c = Alignment.weighNow(w, f);
            // weighing does not change the world: the memo is still this version's
            m.choices[f.index] = c;
        }
        return c;
    }

    /** {@code Prospect.of(w, f, Option.STAY)} in this version of the world (its deployment computed once). */
    static Prospect stay(World w, Faction f) {
        Memo m = of(w);
        if (!m.keeps(f)) {
            return Prospect.of(w, f, Option.STAY);
        }
        Prospect p = m.stays[f.index];
        if (p == null) {
            p = Prospect.of(w, f, Option.STAY);
            m.stays[f.index] = p;
        }
        return p;
    }

    /** A member's utility of its present place in coalition c, without a newcomer, in this version of the world. */
    static double baseline(World w, Faction member, Coalition c) {
        Memo m = of(w);
        if (!m.keeps(member)) {
            return Utility.sum(Utility.terms(Prospect.memberWith(w, member, c, null, 0)));
        }
        if (m.baselineIn[member.index] != c) {
            m.baselines[member.index] = Utility.sum(Utility.terms(Prospect.memberWith(w, member, c, null, 0)));
            m.baselineIn[member.index] = c;
        }
        return m.baselines[member.index];
    }
}

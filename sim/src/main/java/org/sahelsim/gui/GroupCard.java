package org.sahelsim.gui;

import java.util.List;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * What a class sees of a group when the instructor clicks it on the map: a plain card, in the
 * window's language, saying who it is, how many fighters it has, its coalition (or that it
 * stands alone), the money it received this month and why it last moved (the narration's
 * sentence of its last decision), instead of the raw fields of MASON's inspector.
 */
final class GroupCard {
    /** The decisions a card tells as the group's last move. */
    static final List<EventType> MOVES = List.of(EventType.JOIN, EventType.LEAVE, EventType.SWITCH, EventType.SPLIT,
            EventType.MERGE, EventType.COALITION_FORMED, EventType.MOBILIZE);

    private GroupCard() {
    }

    /** The card as HTML for a Swing label: the group's marker as last synced, the run's events so far. */
    static String html(FactionMarker m, Texts texts, Narrator narrator, List<Event> events) {
        StringBuilder b = new StringBuilder("<html><body style='width:360px;padding:4px'>");
        b.append("<b style='font-size:1.15em'>").append(esc(Narrator.readable(m.id))).append("</b>");
        if (m.name != null && !m.name.equals(m.id)) {
            b.append("<br><i>").append(esc(m.name)).append("</i>");
        }
        b.append("<br>").append(esc(texts.t("kind." + m.kind.label()))).append(" · ")
                .append(esc(texts.f("card.fighters", Math.round(m.fighters))));
        b.append("<br>").append(esc(m.coalition.isEmpty() ? texts.t("card.alone") : texts.f("card.coalition", m.coalition)));
        if (m.signatory) {
            b.append(" · ").append(esc(texts.t("card.signatory")));
        }
        if (m.sanctioned) {
            b.append(" · ").append(esc(texts.t("card.sanctioned")));
        }
        b.append("<br>").append(esc(texts.f("card.money", Math.round(m.rent), Math.round(m.dividends))));
        Event last = null;
        for (Event e : events) {
            if (MOVES.contains(e.type()) && m.id.equals(e.actor())) {
                last = e;
            }
        }
        b.append("<br><br>").append(esc(last == null ? texts.t("card.nomove")
                : texts.f("card.lastmove", narrator.sentence(last))));
        return b.append("</body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.YearMonth;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListCellRenderer;
import javax.swing.ScrollPaneConstants;
import org.sahelsim.palette.Colours;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * The narration: every event of the run as one plain sentence with its reason, newest first,
 * with a colour strip by kind of event (decisions, splits and mergers, fighting, towns changing
 * hands, communities taking up arms). It keeps the events themselves, so switching language
 * rewrites every line. One entry per event, as in {@code events.csv}.
 */
public final class NarrationPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Texts texts;
    private final DefaultListModel<Event> model = new DefaultListModel<>();
    /** The list is as wide as its viewport, never wider: a row wraps under the scroll bar rather than being cut by it. */
    private final JList<Event> list = new JList<>(model) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private Narrator narrator;

    public NarrationPanel(Texts texts) {
        super(new BorderLayout());
        this.texts = texts;
        this.narrator = new Narrator(texts, YearMonth.of(2015, 6));
        list.setCellRenderer(new Renderer());
        list.setBackground(Color.WHITE);
        JScrollPane scroll = new JScrollPane(list, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        // rows wrap to the width: recompute their heights when it changes
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                relayout();
            }
        });
        texts.onChange(this::relayout);
    }

    private void relayout() {
        list.setFixedCellHeight(10);
        list.setFixedCellHeight(-1);
        list.revalidate();
        list.repaint();
    }

    /** Starts a new run's narration. */
    public void clear(YearMonth start) {
        narrator = new Narrator(texts, start);
        model.clear();
    }

    /** Adds the month's events, newest first. */
    public void add(List<Event> events) {
        events.forEach(e -> model.add(0, e));
        if (!events.isEmpty()) {
            list.ensureIndexIsVisible(0);
        }
    }

    /** Number of entries: one per event so far. */
    public int entries() {
        return model.getSize();
    }

    /** The sentence of entry i (0 the newest). */
    public String sentence(int i) {
        return narrator.sentence(model.get(i));
    }

    static Color colourOf(EventType t) {
        return switch (t) {
            case SPLIT, MERGE, MOBILIZE, DISBAND -> Colours.REDDISH_PURPLE;
            case CLASH, ATTACK, ARMY_ASSAULT -> Colours.VERMILLION;
            case CAPTURE -> Colours.ORANGE;
            default -> Colours.BLUE;
        };
    }

    private final class Renderer extends JPanel implements ListCellRenderer<Event> {
        private static final long serialVersionUID = 1L;
        private final JTextArea text = new JTextArea();
        private final JPanel strip = new JPanel();

        Renderer() {
            super(new BorderLayout(8, 0));
            text.setLineWrap(true);
            text.setWrapStyleWord(true);
            text.setFont(Palette.BODY);
            text.setOpaque(false);
            strip.setPreferredSize(new Dimension(8, 10));
            add(strip, BorderLayout.WEST);
            add(text, BorderLayout.CENTER);
            setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0,
                    new Color(0xE0, 0xE0, 0xE0)), BorderFactory.createEmptyBorder(4, 4, 4, 6)));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Event> l, Event e, int index, boolean selected,
                                                      boolean focus) {
            text.setText(narrator.sentence(e));
            strip.setBackground(colourOf(e.type()));
            setBackground(selected ? new Color(0xFF, 0xF4, 0xC8) : Color.WHITE);
            // the text's width in the cell: the list's, less the strip (8), the gap (8) and the border (4 + 6)
            int w = Math.max(200, l.getWidth() - 26);
            text.setSize(w, Short.MAX_VALUE);
            Dimension d = text.getPreferredSize();
            setPreferredSize(new Dimension(w + 26, d.height + 9));
            return this;
        }
    }
}

package org.sahelsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.text.JTextComponent;
import org.sahelsim.scenario.Scenario;

/**
 * Walks every component of a window (menus included) and gives each text it shows by its
 * place in the component tree, so that the same window walked in English and in French can be
 * compared text by text.
 */
final class Walk {
    private Walk() {
    }

    static Map<String, String> texts(JFrame f) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", f.getTitle());
        if (f.getJMenuBar() != null) {
            walk(f.getJMenuBar(), "menu", out);
        }
        walk(f.getContentPane(), "content", out);
        return out;
    }

    private static void walk(Component c, String path, Map<String, String> out) {
        walk(c, path, out, false);
    }

    /** {@code shown}: a tab's page, hidden until its tab is chosen, but there to be seen. */
    private static void walk(Component c, String path, Map<String, String> out, boolean shown) {
        if (!c.isVisible() && !shown) {
            return; // what no one sees (MASON's hidden display toolbar) needs no translation
        }
        if (c instanceof JLabel l) {
            put(out, path, l.getText());
            put(out, path + "#tip", l.getToolTipText());
        } else if (c instanceof AbstractButton b) {
            put(out, path, b.getText());
            put(out, path + "#tip", b.getToolTipText());
        } else if (c instanceof JTextComponent t && !t.isEditable()) {
            put(out, path, t.getText());
        } else if (c instanceof JComboBox<?> box) {
            for (int i = 0; i < box.getItemCount(); i++) {
                put(out, path + "[" + i + "]", String.valueOf(box.getItemAt(i)));
            }
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                put(out, path + "#tab" + i, tabs.getTitleAt(i));
                walk(tabs.getComponentAt(i), path + "#page" + i, out, true);
            }
            return;
        }
        if (c instanceof JMenu m) {
            for (int i = 0; i < m.getItemCount(); i++) {
                if (m.getItem(i) != null) {
                    walk(m.getItem(i), path + "/" + i, out);
                }
            }
        }
        if (c instanceof Container k) {
            Component[] kids = k.getComponents();
            for (int i = 0; i < kids.length; i++) {
                walk(kids[i], path + "/" + kids[i].getClass().getSimpleName() + i, out);
            }
        }
    }

    private static void put(Map<String, String> out, String path, String text) {
        if (text != null && !text.isBlank()) {
            out.put(path, text);
        }
    }

    /**
     * The texts the same place shows alike in both languages, but for those with no word to
     * translate: numbers and symbols, proper names (the scenario's groups, coalitions, towns and
     * regions, MINUSMA, the program's name, each language's own name).
     */
    static List<String> same(Map<String, String> english, Map<String, String> french, Scenario s,
                             List<String> places) {
        Set<String> names = new LinkedHashSet<>(List.of("SahelSim", "MINUSMA", "MASON", "OK", "USD"));
        names.addAll(places);
        // each language's name in its own language, as the language menu offers them
        Texts.LANGUAGES.forEach(l -> names.add(l.getDisplayLanguage(l)));
        names.addAll(s.factions().keySet());
        names.addAll(s.coalitions().keySet());
        names.addAll(s.latent().keySet());
        names.addAll(s.regions().keySet());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String fr = french.get(e.getKey());
            if (fr == null || !fr.equals(e.getValue())) {
                continue;
            }
            String words = fr.replaceAll("<[^>]*>", " ");
            for (String n : names) {
                words = words.replace(n, " ");
            }
            if (words.matches("(?s)[^\\p{L}]*")) {
                continue; // nothing left to translate
            }
            out.add(e.getKey() + " = \"" + fr + "\"");
        }
        return out;
    }
}

package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The chooser of classroom presets ({@code gui} with no scenario): a list of the presets with,
 * for the one selected, its description and teaching note; "another file" opens any scenario.
 */
public final class PresetChooser {
    private PresetChooser() {
    }

    /** Shows the chooser (Swing thread); the chosen file, or null. */
    public static Path choose(Component parent, Texts texts) {
        Path folder = Presets.folder();
        List<Presets.Preset> presets = Presets.list(folder);
        JDialog d = new JDialog(parent == null ? null : javax.swing.SwingUtilities.getWindowAncestor(parent),
                texts.t("chooser.title"), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        Path[] chosen = {null};
        JList<Presets.Preset> list = new JList<>(presets.toArray(new Presets.Preset[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFont(Palette.TITLE);
        list.setVisibleRowCount(Math.max(3, Math.min(6, presets.size())));
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean sel, boolean focus) {
                Presets.Preset p = (Presets.Preset) v;
                String text = p.scenario() == null ? p.file().getFileName() + " (!)"
                        : texts.title(p.scenario()) + " — " + texts.f("chooser.months", p.scenario().months(),
                        texts.month(p.scenario().start()));
                super.getListCellRendererComponent(l, text, i, sel, focus);
                setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
                return this;
            }
        });
        JTextArea about = new JTextArea(8, 60);
        about.setLineWrap(true);
        about.setWrapStyleWord(true);
        about.setEditable(false);
        about.setFont(Palette.BODY);
        about.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        if (presets.isEmpty()) {
            about.setText(texts.f("chooser.none", folder == null ? Presets.FOLDER : folder));
        }
        list.addListSelectionListener(e -> {
            Presets.Preset p = list.getSelectedValue();
            if (p != null) {
                about.setText(p.scenario() == null ? p.problem()
                        : texts.ofScenario("desc", p.scenario(), p.scenario().description()) + "\n\n"
                        + texts.ofScenario("note", p.scenario(), p.scenario().teachingNote()));
                about.setCaretPosition(0);
            }
        });
        JButton open = new JButton(texts.t("chooser.open"));
        open.setFont(Palette.CAPTION_BOLD);
        open.addActionListener(e -> {
            Presets.Preset p = list.getSelectedValue();
            if (p != null && p.scenario() != null) {
                chosen[0] = p.file();
                d.dispose();
            }
        });
        JButton other = new JButton(texts.t("chooser.file"));
        other.setFont(Palette.CAPTION);
        other.addActionListener(e -> {
            JFileChooser fc = new JFileChooser(folder == null ? null : folder.toFile());
            fc.setFileFilter(new FileNameExtensionFilter("YAML", "yaml", "yml"));
            if (fc.showOpenDialog(d) == JFileChooser.APPROVE_OPTION) {
                chosen[0] = fc.getSelectedFile().toPath();
                d.dispose();
            }
        });
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open.doClick();
                }
            }
        });
        if (!presets.isEmpty()) {
            list.setSelectedIndex(0);
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(other);
        buttons.add(open);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(new JScrollPane(list), BorderLayout.NORTH);
        content.add(new JScrollPane(about), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(content);
        d.setPreferredSize(new Dimension(900, 600));
        d.pack();
        d.setLocationRelativeTo(parent);
        d.setVisible(true);
        return chosen[0];
    }
}

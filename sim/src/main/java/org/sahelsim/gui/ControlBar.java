package org.sahelsim.gui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.text.NumberFormatter;

/**
 * The classroom window's own controls, so that a lesson needs no second window: Reset (a new
 * run shown at month 0, paused), Play/Pause (play goes on from the month shown; it never steps
 * once), Step (one month), the speed (Slow, Normal, Fast: Normal is about one month a second)
 * and the seed. The keys work wherever the focus is in the window: space plays or pauses, the
 * right arrow steps, R resets, F11 switches full screen.
 */
final class ControlBar extends JPanel {
    private static final long serialVersionUID = 1L;

    /** What the bar drives: the run of the window (SahelWithUI). */
    interface Run {
        /** Whether a run is playing. */
        boolean playing();

        void playPause();

        void step();

        void reset();

        void speed(Speed s);

        /** The seed of the next run; a change starts a new run at month 0. */
        void seed(long seed);

        long seed();

        void fullScreen();
    }

    /**
     * The speeds offered: the pause between two months, in milliseconds; a month itself takes
     * about a quarter of a second to compute and draw (0.75 months a second measured with a
     * pause of 1000 ms under Xvfb on 2 cores). Normal, about one month a second, lets a class
     * read the narration as it comes; Fast runs five years in about half a minute.
     */
    enum Speed {
        SLOW(1800), NORMAL(800), FAST(200);

        final long pauseMs;

        Speed(long pauseMs) {
            this.pauseMs = pauseMs;
        }
    }

    static final Font FONT = Palette.font(Font.BOLD, 16);

    private final Texts texts;
    private final Run run;
    final JButton reset = new JButton();
    final JButton play = new JButton();
    final JButton step = new JButton();
    final List<JToggleButton> speeds = new ArrayList<>();
    final JFormattedTextField seedField;
    private final JLabel speedLabel = new JLabel();
    private final JLabel seedLabel = new JLabel();
    /** The calibrated parameter set the seed draws, beside the seed ("" without an ensemble). */
    private final JLabel setLabel = new JLabel();
    private final Timer poll;
    private Runnable seedTyped = () -> { };

    ControlBar(Texts texts, Run run) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 4));
        this.texts = texts;
        this.run = run;
        setBackground(new Color(0xEE, 0xF1, 0xF5));
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0xC8, 0xCE, 0xD6)));
        for (JButton b : List.of(reset, play, step)) {
            b.setFont(FONT);
            b.setFocusable(false); // space and the arrows go to the window's keys, not to a button
            add(b);
        }
        reset.addActionListener(e -> run.reset());
        play.addActionListener(e -> {
            run.playPause();
            refresh();
        });
        step.addActionListener(e -> run.step());
        speedLabel.setFont(FONT.deriveFont(Font.PLAIN));
        add(speedLabel);
        ButtonGroup group = new ButtonGroup();
        for (Speed s : Speed.values()) {
            JToggleButton t = new JToggleButton();
            t.setFont(FONT.deriveFont(Font.PLAIN));
            t.setFocusable(false);
            t.addActionListener(e -> run.speed(s));
            t.setSelected(s == Speed.NORMAL);
            group.add(t);
            speeds.add(t);
            add(t);
        }
        seedLabel.setFont(FONT.deriveFont(Font.PLAIN));
        add(seedLabel);
        NumberFormatter f = new NumberFormatter(new java.text.DecimalFormat("0"));
        f.setValueClass(Long.class);
        f.setMinimum(0L);
        f.setMaximum((1L << 53) - 1);
        f.setAllowsInvalid(true);
        f.setCommitsOnValidEdit(false);
        seedField = new JFormattedTextField(f);
        seedField.setColumns(7);
        seedField.setFont(FONT.deriveFont(Font.PLAIN));
        seedField.setValue(run.seed());
        seedField.addPropertyChangeListener("value", e -> {
            if (e.getNewValue() instanceof Long v && v != run.seed()) {
                run.seed(v);
                seedTyped.run();
            }
        });
        seedField.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "sahelsim.leaveSeed");
        seedField.getActionMap().put("sahelsim.leaveSeed", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                seedField.setValue(run.seed());
                seedTyped.run();
            }
        });
        add(seedField);
        setLabel.setFont(FONT.deriveFont(Font.PLAIN));
        add(setLabel);
        // the field takes the focus only when clicked: a window shown again (full screen) must not
        // put it there, where the keys would type into it
        seedField.setFocusable(false);
        seedField.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                seedField.setFocusable(true);
                seedField.requestFocusInWindow();
            }
        });
        seedField.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                seedField.setFocusable(false);
            }
        });
        texts.onChange(this::relabel);
        relabel();
        // the state of the run changes without the bar (the run ends, the Console's buttons)
        poll = new Timer(250, e -> refresh());
        poll.start();
    }

    /**
     * Binds the keys to the window's root pane: they work wherever the focus is, but in a text
     * field being typed in (and a focused slider keeps its arrows).
     */
    void bindKeys(JComponent root) {
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "sahelsim.playPause", () -> {
            run.playPause();
            refresh();
        });
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), "sahelsim.step", run::step);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_R, 0), "sahelsim.reset", run::reset);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0), "sahelsim.fullScreen", run::fullScreen);
    }

    /**
     * A key of the window: works wherever the focus is in it, but in a text field being typed
     * in (F11 works there too).
     */
    static void bind(JComponent root, KeyStroke k, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, name);
        root.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                        .getFocusOwner();
                if (owner instanceof javax.swing.text.JTextComponent t && t.isEditable()
                        && k.getKeyCode() != KeyEvent.VK_F11) {
                    return; // typing a seed: the letters and the space are the field's
                }
                action.run();
            }
        });
    }

    /** Pauses the run if it is playing (the window's pause at the first split or clash). */
    void pause() {
        if (run.playing()) {
            run.playPause();
            refresh();
        }
    }

    /** Whether the run is playing. */
    boolean playing() {
        return run.playing();
    }

    /** Shows Play or Pause as the run is, and the seed of the session. */
    void refresh() {
        play.setText(texts.t(run.playing() ? "ctl.pause" : "ctl.play"));
        if (!seedField.isFocusOwner() && !Long.valueOf(run.seed()).equals(seedField.getValue())) {
            seedField.setValue(run.seed());
        }
    }

    /** What to do once a seed is typed (Enter) or left (Escape): give the focus back to the views. */
    void onSeedTyped(Runnable r) {
        seedTyped = r;
    }

    /** Shows the calibrated parameter set of the run beside the seed. */
    void setSet(String text) {
        setLabel.setText(text);
    }

    /** The bar's controls by name, for the layout checks of the tests. */
    java.util.Map<String, JComponent> parts() {
        java.util.Map<String, JComponent> out = new java.util.LinkedHashMap<>();
        out.put("reset", reset);
        out.put("play", play);
        out.put("step", step);
        for (int i = 0; i < speeds.size(); i++) {
            out.put("speed" + i, speeds.get(i));
        }
        out.put("seed", seedField);
        if (!setLabel.getText().isEmpty()) {
            out.put("set", setLabel);
        }
        return out;
    }

    /** Selects a speed's button (the run is told by the button's action or by the caller). */
    void showSpeed(Speed s) {
        speeds.get(s.ordinal()).setSelected(true);
    }

    void stop() {
        poll.stop();
    }

    private void relabel() {
        reset.setText(texts.t("ctl.reset"));
        step.setText(texts.t("ctl.step"));
        reset.setToolTipText(texts.t("ctl.reset.tip"));
        play.setToolTipText(texts.t("ctl.play.tip"));
        step.setToolTipText(texts.t("ctl.step.tip"));
        speedLabel.setText(texts.t("ctl.speed"));
        for (Speed s : Speed.values()) {
            speeds.get(s.ordinal()).setText(texts.t("ctl.speed." + s.name().toLowerCase(java.util.Locale.ROOT)));
        }
        seedLabel.setText(texts.t("ctl.seed"));
        seedField.setToolTipText(texts.t("ctl.seed.tip"));
        refresh();
    }
}

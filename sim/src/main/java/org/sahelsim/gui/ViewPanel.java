package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * One view of the window (map, network, charts, narration) under a caption that names it and
 * says the simulated date and the seed; a picture of the view (PNG) adds that the model is not
 * a forecast (on screen the window's header says it), so that it stands on its own. {@link #picture()} draws the caption, the view's drawing
 * area and its legend, without MASON's display toolbar.
 */
public final class ViewPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Height of the caption in a picture, in pixels (tests compare pictures below it). */
    public static final int CAPTION_HEIGHT = Math.round(50 * Palette.SCALE);
    /** Height of the caption on screen: one line (the window's header carries the notice). */
    static final int SCREEN_CAPTION_HEIGHT = Math.round(28 * Palette.SCALE);

    private final Texts texts;
    private final String titleKey;
    private final JComponent body;
    private final JComponent legend;
    private final boolean legendBeside;
    private final Caption caption = new Caption();
    private String date = "";
    private long seed;
    private String override;
    private String scenarioName = "";

    /**
     * @param content what the window shows (for a MASON display, the Display2D with its toolbar)
     * @param body    what a picture shows of it (for a MASON display, its drawing area)
     * @param legend  shown under the content, and in pictures; may be null
     */
    public ViewPanel(Texts texts, String titleKey, JComponent content, JComponent body, JComponent legend) {
        this(texts, titleKey, content, body, legend, false);
    }

    /** As above; {@code legendBeside} puts the legend right of the content rather than under it. */
    public ViewPanel(Texts texts, String titleKey, JComponent content, JComponent body, JComponent legend,
                     boolean legendBeside) {
        super(new BorderLayout());
        this.texts = texts;
        this.titleKey = titleKey;
        this.body = body;
        this.legend = legend;
        this.legendBeside = legendBeside;
        setBackground(Color.WHITE);
        add(caption, BorderLayout.NORTH);
        add(content, BorderLayout.CENTER);
        if (legend != null) {
            add(legend, legendBeside ? BorderLayout.EAST : BorderLayout.SOUTH);
        }
        texts.onChange(caption::repaint);
    }

    /** The view's name in the current language (or the title set by {@link #setTitle}). */
    public String title() {
        return override != null ? override : texts.t(titleKey);
    }

    /** Replaces the view's name (side by side: "With: sanctions from month 6"). */
    public void setTitle(String t) {
        override = t;
        caption.repaint();
    }

    /** Names the scenario in pictures of the view, so that a saved picture says which preset it shows. */
    public void setScenario(String name) {
        scenarioName = name == null ? "" : name;
    }

    /** Sets what the caption says of the run. */
    public void setRun(String dateText, long s) {
        date = dateText;
        seed = s;
        caption.repaint();
    }

    private void paintCaption(Graphics2D g, int width, boolean notice) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int h = notice ? CAPTION_HEIGHT : SCREEN_CAPTION_HEIGHT;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, h);
        g.setColor(Palette.INK);
        g.setFont(Palette.CAPTION_BOLD);
        String title = title();
        String line1 = title + (date.isEmpty() ? "" : "  —  " + date + " · " + texts.f("header.seed", seed));
        g.drawString(fit(g, line1, width - 12), 6, Math.round(20 * Palette.SCALE));
        if (notice) {
            g.setFont(Palette.SMALL);
            g.setColor(new Color(0x55, 0x55, 0x55));
            String line2 = (scenarioName.isEmpty() ? "" : scenarioName + "  ·  ") + texts.t("notice");
            g.drawString(fit(g, line2, width - 12), 6, Math.round(40 * Palette.SCALE));
        }
        g.setColor(new Color(0xCC, 0xCC, 0xCC));
        g.drawLine(0, h - 1, width, h - 1);
    }

    private static String fit(Graphics2D g, String s, int width) {
        if (g.getFontMetrics().stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 3 && g.getFontMetrics().stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** A picture of the view: caption, drawing area and legend (under it or beside it). Call on the Swing thread. */
    public BufferedImage picture() {
        int bw = Math.max(1, body.getWidth());
        int bh = Math.max(1, body.getHeight());
        int lw = legend == null ? 0 : Math.max(0, legend.getWidth());
        int lh = legend == null ? 0 : Math.max(0, legend.getHeight());
        int w = legendBeside ? bw + lw : Math.max(bw, lw);
        int h = CAPTION_HEIGHT + (legendBeside ? Math.max(bh, lh) : bh + lh);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        paintCaption(g, w, true);
        Graphics2D gb = (Graphics2D) g.create(0, CAPTION_HEIGHT, bw, bh);
        body.paint(gb);
        gb.dispose();
        if (legend != null && lw > 0 && lh > 0) {
            Graphics2D gl = legendBeside ? (Graphics2D) g.create(bw, CAPTION_HEIGHT, lw, lh)
                    : (Graphics2D) g.create(0, CAPTION_HEIGHT + bh, lw, lh);
            legend.paint(gl);
            gl.dispose();
        }
        g.dispose();
        return img;
    }

    private final class Caption extends JComponent {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(300, SCREEN_CAPTION_HEIGHT);
        }

        @Override
        protected void paintComponent(Graphics g) {
            paintCaption((Graphics2D) g, getWidth(), false);
        }
    }
}

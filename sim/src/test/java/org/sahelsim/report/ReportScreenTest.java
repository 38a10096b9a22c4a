package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.format.RepoPaths;
import org.sahelsim.testing.RequiresTool;

/**
 * The report of the README's main job as a reader sees it: rendered by headless Chromium at
 * 1280x800 (an older projector or a small laptop), the answer, the forest plot and the
 * validation box of "How far to trust it" are on the first screen and the page needs no
 * sideways scrolling; every figure of the ranking equals
 * summary.csv's. Screenshots at 1280x800 and 1920x1080 go to target/report-screens/.
 */
@RequiresTool("chromium")
class ReportScreenTest {
    @TempDir
    static Path tmp;

    static Path folder;

    /** The height of the first screen. */
    static final int SCREEN = 800;
    /** How much of an element must show on the first screen to count as on it. */
    static final int SHOWN = 80;

    /** The README's main job, the shipped policy comparison, on few replications: its page has the main job's layout. */
    @BeforeAll
    static void build() throws Exception {
        folder = tmp.resolve("compare");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"compare", RepoPaths.root().resolve("scenarios/policy-levers.yaml")
                .toString(), "--reps", "6", "--out", folder.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
    }

    private static List<String> chromium(Path profile, String... args) {
        List<String> c = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        c.addAll(List.of(args));
        return c;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium ends");
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Where each element is at a window {@code width} wide: top and bottom, from the page's own layout. */
    private static Map<String, int[]> layout(int width, String... ids) throws Exception {
        StringBuilder js = new StringBuilder("<script>const r=id=>{const e=document.getElementById(id);if(!e)"
                + "return 'missing';const b=e.getBoundingClientRect();return Math.round(b.top)+','+Math.round(b.bottom)};"
                + "const o=document.createElement('pre');o.id='layout';o.textContent=");
        for (String id : ids) {
            js.append("'").append(id).append("='+r('").append(id).append("')+';'+");
        }
        js.append("'scroll='+document.documentElement.scrollWidth+','+window.innerWidth;document.body.appendChild(o);"
                + "</script></body>");
        Path probe = tmp.resolve("probe-" + width + ".html");
        Files.writeString(probe, Files.readString(folder.resolve("report.html")).replace("</body>", js));
        String dom = run(chromium(tmp.resolve("profile-" + width), "--window-size=" + width + ",800", "--dump-dom",
                probe.toUri().toString()));
        Matcher m = Pattern.compile("<pre id=\"layout\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the probe ran: " + dom.substring(0, Math.min(300, dom.length())));
        Map<String, int[]> at = new LinkedHashMap<>();
        for (String part : m.group(1).split(";")) {
            String[] kv = part.split("=");
            assertTrue(!kv[1].equals("missing"), kv[0] + " is on the page");
            String[] v = kv[1].split(",");
            at.put(kv[0], new int[] {Integer.parseInt(v[0]), Integer.parseInt(v[1])});
        }
        return at;
    }

    @Test
    void theAnswerTheForestPlotAndTheValidationBoxAreOnTheFirstScreenAt1280x800() throws Exception {
        Map<String, int[]> at = layout(1280, "lead", "ranking", "forest", "trust", "validation", "validation-table",
                "against");
        for (String id : List.of("lead", "ranking", "forest", "trust", "validation")) {
            assertTrue(at.get(id)[0] + SHOWN <= SCREEN, id + " starts at " + at.get(id)[0] + " px, below the first"
                    + " screen of " + SCREEN + " px: " + at.keySet());
        }
        // the whole of the validation table and how these runs stand against it, not only their start
        for (String id : List.of("forest", "validation-table", "against")) {
            assertTrue(at.get(id)[1] <= SCREEN, id + " ends at " + at.get(id)[1] + " px, below the first screen");
        }
        int[] scroll = at.get("scroll");
        assertTrue(scroll[0] <= scroll[1], "no sideways scrolling: the page is " + scroll[0] + " px wide in a "
                + scroll[1] + " px window");
        Path shots = Path.of("target", "report-screens");
        Files.createDirectories(shots);
        for (String size : List.of("1280,800", "1920,1080")) {
            Path png = shots.resolve("report-" + size.replace(',', 'x') + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            run(chromium(tmp.resolve("shot-" + size.replace(',', 'x')), "--window-size=" + size,
                    "--screenshot=" + png, folder.resolve("report.html").toUri().toString()));
            assertTrue(Files.size(png) > 10_000, png + " was written");
        }
    }

    @Test
    void everyFigureOfTheRankingIsSummaryCsvs() throws Exception {
        String html = Files.readString(folder.resolve("report.html"));
        String table = html.substring(html.indexOf("<div id=\"ranking\">"), html.indexOf("</table></div>",
                html.indexOf("<div id=\"ranking\">")));
        List<SummaryRow> rows = SummaryRow.read(folder.resolve("summary.csv"));
        SummaryRow base = rows.stream().filter(r -> r.variant().equals("baseline") && r.metric().equals("clashes"))
                .findFirst().orElseThrow();
        int checked = 0;
        for (SummaryRow r : rows) {
            if (!r.metric().equals("clashes")) {
                continue;
            }
            assertTrue(table.contains(Html.esc(Num.interval(Num::num, r.mean(), r.ciLow(), r.ciHigh()))),
                    r.variant() + "'s mean and interval: " + table);
            if (r.compared()) {
                double[] rel = Num.relativeChange(r, base);
                assertTrue(table.contains(Html.esc(Num.interval(Num::pct, rel[0], rel[1], rel[2]))), table);
                assertTrue(table.contains(Html.esc(Num.p(r.pAdjusted()))), table);
            }
            checked++;
        }
        assertEquals(5, checked, "the baseline and four variants");
    }
}

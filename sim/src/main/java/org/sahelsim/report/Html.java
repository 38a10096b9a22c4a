package org.sahelsim.report;

/** HTML text helpers: every text taken from a file goes through {@link #esc}. */
final class Html {
    private Html() {
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}

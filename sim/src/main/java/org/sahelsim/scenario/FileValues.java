package org.sahelsim.scenario;

import java.math.BigInteger;

/**
 * Plain values of the experiment and sweep files (text, whole numbers in a range, yes/no),
 * read with the same errors: file, line, column, field and what was found instead.
 */
final class FileValues {
    private FileValues() {
    }

    /** A text value, or {@code def} when the key is absent or empty. */
    static String text(YNode.Map m, String key, String field, String def) throws ScenarioException {
        YNode n = m.entries.get(key);
        if (YNode.isNull(n)) {
            return def;
        }
        if (!(n instanceof YNode.Scalar)) {
            throw Binder.error(n.pos, field, "expected a text value, found " + n.describe());
        }
        return ((YNode.Scalar) n).text;
    }

    /** A whole number in [min, max] ({@code why} says what the bound is for), or {@code def}. */
    static long whole(YNode.Map m, String key, long def, long min, long max, String why) throws ScenarioException {
        YNode n = m.entries.get(key);
        if (YNode.isNull(n)) {
            return def;
        }
        BigInteger v = null;
        if (n instanceof YNode.Scalar && ((YNode.Scalar) n).type == YNode.ScalarType.INT) {
            v = Binder.parseInt(((YNode.Scalar) n).text);
        }
        if (v == null) {
            throw Binder.error(n.pos, key, "expected a whole number, found " + n.describe());
        }
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw Binder.error(n.pos, key, "must be between " + min + " and " + max + " (" + why + "), was " + v);
        }
        return v.longValueExact();
    }
}

package org.sahelsim.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The loader's own YAML tree: maps, sequences and scalars, each remembering the file, line and
 * column it came from. Unlike snakeyaml's nodes, a tree built by {@code extends} holds nodes
 * of several files, and aliases are already expanded (no node is shared), so the tree can be
 * merged and edited in place by overrides.
 */
public abstract class YNode {
    /** Where a node was written: file (null for the command line), 1-based line and column (0 when unknown). */
    public record Pos(Path file, int line, int column) {
        static final Pos COMMAND_LINE = new Pos(null, 0, 0);
    }

    public final Pos pos;

    YNode(Pos pos) {
        this.pos = pos;
    }

    /** What the node is, for messages ("a map", "a list", "the number 2.5"). */
    public abstract String describe();

    /** The resolved YAML 1.2 core-schema type of a scalar. */
    public enum ScalarType {
        NULL, BOOL, INT, FLOAT, STR
    }

    public static final class Scalar extends YNode {
        public final String text;
        public final ScalarType type;

        Scalar(String text, ScalarType type, Pos pos) {
            super(pos);
            this.text = text;
            this.type = type;
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "an empty value";
                case BOOL -> "the boolean " + text;
                case INT, FLOAT -> "the number " + text;
                default -> "the text '" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
            };
        }
    }

    public static final class Map extends YNode {
        /** Entries in file order. */
        public final LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
        /** Where each key was written. */
        final LinkedHashMap<String, Pos> keyPos = new LinkedHashMap<>();

        Map(Pos pos) {
            super(pos);
        }

        void put(String key, Pos keyAt, YNode value) {
            entries.put(key, value);
            keyPos.put(key, keyAt);
        }

        YNode remove(String key) {
            keyPos.remove(key);
            return entries.remove(key);
        }

        public Pos keyPos(String key) {
            Pos p = keyPos.get(key);
            return p == null ? pos : p;
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    public static final class Seq extends YNode {
        public final List<YNode> items = new ArrayList<>();

        Seq(Pos pos) {
            super(pos);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    public static boolean isNull(YNode n) {
        return n == null || (n instanceof Scalar && ((Scalar) n).isNull());
    }

    /** A deep copy keeping every position, so overrides never edit a shared node. */
    public static YNode copy(YNode n) {
        return copy(n, null);
    }

    /**
     * A deep copy with every position replaced by {@code at} (defaults take their parent's
     * place), or kept when {@code at} is null.
     */
    static YNode copy(YNode n, Pos at) {
        if (n == null) {
            return null;
        }
        Pos p = at == null ? n.pos : at;
        if (n instanceof Scalar s) {
            return new Scalar(s.text, s.type, p);
        }
        if (n instanceof Seq q) {
            Seq out = new Seq(p);
            for (YNode i : q.items) {
                out.items.add(copy(i, at));
            }
            return out;
        }
        Map m = (Map) n;
        Map out = new Map(p);
        for (java.util.Map.Entry<String, YNode> e : m.entries.entrySet()) {
            out.put(e.getKey(), at == null ? m.keyPos(e.getKey()) : at, copy(e.getValue(), at));
        }
        return out;
    }
}

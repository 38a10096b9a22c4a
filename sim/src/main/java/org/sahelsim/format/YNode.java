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
            switch (type) {
                case NULL:
                    return "an empty value";
                case BOOL:
                    return "the boolean " + text;
                case INT:
                case FLOAT:
                    return "the number " + text;
                default:
                    return "the text '" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
            }
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
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar) {
            YNode.Scalar s = (YNode.Scalar) n;
            return new YNode.Scalar(s.text, s.type, s.pos);
        }
        if (n instanceof YNode.Seq) {
            YNode.Seq out = new YNode.Seq(n.pos);
            for (YNode i : ((YNode.Seq) n).items) {
                out.items.add(copy(i));
            }
            return out;
        }
        YNode.Map m = (YNode.Map) n;
        YNode.Map out = new YNode.Map(m.pos);
        for (java.util.Map.Entry<String, YNode> e : m.entries.entrySet()) {
            out.put(e.getKey(), m.keyPos(e.getKey()), copy(e.getValue()));
        }
        return out;
    }
}

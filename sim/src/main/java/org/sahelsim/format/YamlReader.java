package org.sahelsim.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.sahelsim.scenario.ScenarioException;

/**
 * Safe YAML reading into {@link YNode} trees. Only plain data is accepted: the YAML 1.2 core
 * schema (text, numbers, booleans, null, lists, maps); any other tag (for example
 * {@code !!java.lang.Runtime}) is refused, nothing is ever constructed from a tag. Bounded:
 * file size, nesting depth, aliases to lists or maps (billion laughs), and the size of the
 * tree after aliases are expanded. Duplicate keys are refused. Every problem becomes a
 * {@link ScenarioException} with file, line and column.
 */
public final class YamlReader {
    /** Largest file read, in bytes (scenario files are a few kilobytes). */
    static final int MAX_BYTES = 1_000_000;
    /** Deepest nesting of lists and maps in the text. */
    static final int MAX_DEPTH = 40;
    /** Most aliases to lists or maps in one document (each can multiply the tree). */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Most nodes in the tree once aliases are expanded. */
    static final int MAX_NODES = 200_000;

    private YamlReader() {
    }

    private static LoadSettings settings(Path file) {
        return LoadSettings.builder()
                .setLabel(file == null ? "<command line>" : file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
    }

    /** Reads a file's single YAML document; empty files give null. */
    public static YNode readFile(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(file, 0, 0, "", "this is a folder, not a scenario file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioException(file, 0, 0, "", "this is not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(file, 0, 0, "", "the file is " + size + " bytes long, more than the "
                        + MAX_BYTES + " a scenario file may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, 0, 0, "", "file not found");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(file, 0, 0, "", "permission denied: the file cannot be read");
        } catch (IOException e) {
            String why = e.getMessage() == null ? "input/output error" : oneLine(e.getMessage());
            throw new ScenarioException(file, 0, 0, "", "cannot read the file (" + why + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, 0, 0, "", "the file is not valid UTF-8 text");
        }
        return readString(text, file);
    }

    /**
     * Reads YAML text as if it were the content of {@code file} (used in messages; null for
     * the command line). Empty text gives null.
     */
    public static YNode readString(String text, Path file) throws ScenarioException {
        if (text.length() > MAX_BYTES) {
            throw new ScenarioException(file, 0, 0, "", "the text is longer than the " + MAX_BYTES
                    + " characters a scenario file may have");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = settings(file);
        Optional<Node> root;
        try {
            prescan(text, settings, file);
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw marked(e, file);
        } catch (YamlEngineException e) {
            throw new ScenarioException(file, 0, 0, "", "malformed YAML: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // the YAML library should only throw the exceptions above; never let another one escape
            throw new ScenarioException(file, 0, 0, "", "malformed YAML (" + oneLine(String.valueOf(e)) + ")");
        }
        if (root.isEmpty()) {
            return null;
        }
        return new Converter(file).convert(root.get(), "", 0);
    }

    /**
     * Walks the event stream before composing: bounds the nesting depth (the composer
     * recurses) and counts aliases to lists and maps, so both are reported with a position.
     */
    private static void prescan(String text, LoadSettings settings, Path file) throws ScenarioException {
        int depth = 0;
        int collectionAliases = 0;
        HashMap<String, Boolean> anchorIsCollection = new HashMap<>();
        for (Event ev : new Parse(settings).parseString(text)) {
            boolean collectionStart = ev instanceof MappingStartEvent || ev instanceof SequenceStartEvent;
            if (ev instanceof NodeEvent && !(ev instanceof AliasEvent)) {
                NodeEvent ne = (NodeEvent) ev;
                ne.getAnchor().ifPresent(a -> anchorIsCollection.put(a.getValue(), collectionStart));
            }
            if (collectionStart) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw at(file, ev.getStartMark(), "", "lists and maps are nested more than " + MAX_DEPTH
                            + " levels deep");
                }
            } else if (ev.getEventId() == Event.ID.MappingEnd || ev.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            } else if (ev instanceof AliasEvent) {
                String name = ((AliasEvent) ev).getAlias().getValue();
                if (Boolean.TRUE.equals(anchorIsCollection.get(name))) {
                    collectionAliases++;
                    if (collectionAliases > MAX_COLLECTION_ALIASES) {
                        throw at(file, ev.getStartMark(), "", "more than " + MAX_COLLECTION_ALIASES
                                + " aliases to lists or maps; such documents can grow without bound"
                                + " (billion laughs) and are refused");
                    }
                }
            }
        }
    }

    private static ScenarioException marked(MarkedYamlEngineException e, Path file) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        StringBuilder msg = new StringBuilder("malformed YAML: ");
        msg.append(e.getProblem() == null ? "syntax error" : oneLine(e.getProblem()));
        if (e.getContext() != null && !e.getContext().isBlank()) {
            msg.append(" (").append(oneLine(e.getContext()));
            if (e.getContextMark().isPresent() && e.getProblemMark().isPresent()) {
                Mark c = e.getContextMark().get();
                msg.append(" that starts at line ").append(c.getLine() + 1).append(", column ").append(c.getColumn() + 1);
            }
            msg.append(')');
        }
        return at(file, mark, "", msg.toString());
    }

    static ScenarioException at(Path file, Optional<Mark> mark, String field, String problem) {
        return new ScenarioException(file, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), field, problem);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** Turns a snakeyaml node graph into a tree of {@link YNode}, expanding aliases. */
    private static final class Converter {
        private final Path file;
        private final IdentityHashMap<Node, Boolean> inProgress = new IdentityHashMap<>();
        private int nodes;

        Converter(Path file) {
            this.file = file;
        }

        private YNode.Pos pos(Node n) {
            Optional<Mark> m = n.getStartMark();
            return new YNode.Pos(file, m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0));
        }

        private ScenarioException error(Node n, String path, String problem) {
            return at(file, n.getStartMark(), path, problem);
        }

        YNode convert(Node n, String path, int depth) throws ScenarioException {
            if (++nodes > MAX_NODES) {
                throw error(n, path, "the document has more than " + MAX_NODES
                        + " values once its aliases are expanded; it is refused");
            }
            if (depth > 4 * MAX_DEPTH) {
                throw error(n, path, "lists and maps are nested more than " + 4 * MAX_DEPTH
                        + " levels deep once aliases are expanded");
            }
            if (inProgress.containsKey(n)) {
                throw error(n, path, "a list or map contains itself through an alias");
            }
            Tag tag = n.getTag();
            if (n instanceof ScalarNode) {
                ScalarNode s = (ScalarNode) n;
                return new YNode.Scalar(s.getValue(), scalarType(tag, n, path), pos(n));
            }
            inProgress.put(n, Boolean.TRUE);
            try {
                if (n instanceof SequenceNode) {
                    if (!Tag.SEQ.equals(tag)) {
                        throw badTag(tag, n, path, "a list");
                    }
                    YNode.Seq seq = new YNode.Seq(pos(n));
                    int i = 0;
                    for (Node item : ((SequenceNode) n).getValue()) {
                        seq.items.add(convert(item, path + "[" + i + "]", depth + 1));
                        i++;
                    }
                    return seq;
                }
                MappingNode m = (MappingNode) n;
                if (!Tag.MAP.equals(tag)) {
                    throw badTag(tag, n, path, "a map");
                }
                YNode.Map map = new YNode.Map(pos(n));
                for (NodeTuple t : m.getValue()) {
                    Node k = t.getKeyNode();
                    if (!(k instanceof ScalarNode)) {
                        throw error(k, path, "a key must be a plain name, not a list or map");
                    }
                    YNode.ScalarType kt = scalarType(k.getTag(), k, path);
                    if (kt == YNode.ScalarType.NULL) {
                        throw error(k, path, "a key is empty");
                    }
                    String key = ((ScalarNode) k).getValue();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (map.entries.containsKey(key)) {
                        YNode.Pos first = map.keyPos(key);
                        throw error(k, childPath, "duplicate key '" + key + "' (first written at line " + first.line()
                                + ", column " + first.column() + ")");
                    }
                    map.put(key, pos(k), convert(t.getValueNode(), childPath, depth + 1));
                }
                return map;
            } finally {
                inProgress.remove(n);
            }
        }

        private YNode.ScalarType scalarType(Tag tag, Node n, String path) throws ScenarioException {
            if (Tag.STR.equals(tag) || Tag.ENV_TAG.equals(tag)) {
                // ${NAME} is plain text here: environment variables are never read
                return YNode.ScalarType.STR;
            } else if (Tag.INT.equals(tag)) {
                return YNode.ScalarType.INT;
            } else if (Tag.FLOAT.equals(tag)) {
                return YNode.ScalarType.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                return YNode.ScalarType.BOOL;
            } else if (Tag.NULL.equals(tag)) {
                return YNode.ScalarType.NULL;
            }
            throw badTag(tag, n, path, "a single value");
        }

        private ScenarioException badTag(Tag tag, Node n, String path, String what) {
            String t = tag.getValue();
            if (t.startsWith(Tag.PREFIX)) {
                t = "!!" + t.substring(Tag.PREFIX.length());
            }
            boolean core = tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)
                    || tag.equals(Tag.NULL) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP);
            if (core) {
                return error(n, path, "the tag " + t + " does not fit " + what);
            }
            return error(n, path, "the tag " + t + " is not allowed: scenario files hold plain values only"
                    + " (text, numbers, true/false, lists, maps)");
        }
    }
}

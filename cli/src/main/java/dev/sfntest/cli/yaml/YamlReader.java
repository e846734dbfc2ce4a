package dev.sfntest.cli.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file into {@link YamlNode}s, keeping the line and column of every key and value. Syntax errors,
 * duplicate keys and unreadable files become {@link Problem}s, never exceptions.
 */
public final class YamlReader {
    private static final int MAX_ALIASES = 10_000;
    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    private final Path file;
    private final Problems problems;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final ScalarTyping scalars = new ScalarTyping();

    private YamlReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads one YAML document from a file. Returns empty (and adds a problem) when the file is missing,
     * unreadable, empty or not valid YAML.
     */
    public static Optional<YamlNode> read(Path file, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(Location.of(file), "", "file not found (looked for " + file.toAbsolutePath().normalize()
                    + ")");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(Location.of(file), "", "the file is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Location.of(file), "", "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return new YamlReader(file, problems).readDocument(text);
    }

    /** Reads one YAML document; {@code file} only names it in problems. */
    public static Optional<YamlNode> read(Path file, Reader text, Problems problems) {
        StringWriter all = new StringWriter();
        try {
            text.transferTo(all);
        } catch (IOException e) {
            problems.add(Location.of(file), "", "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return new YamlReader(file, problems).readDocument(all.toString());
    }

    /**
     * Reads the common plain files with {@link YamlSubsetParser}, which is several times faster on a cold JVM,
     * and everything else (and every file with a mistake to report) with SnakeYAML. Both give the same tree.
     */
    private Optional<YamlNode> readDocument(String text) {
        Optional<YamlNode> plain = YamlSubsetParser.read(file, text, scalars);
        return plain.isPresent() ? plain : readWithSnakeYaml(new StringReader(text));
    }

    /** Reads with SnakeYAML only, skipping the fast path: the reference the fast path is tested against. */
    static Optional<YamlNode> readWithSnakeYaml(Path file, String text, Problems problems) {
        return new YamlReader(file, problems).readWithSnakeYaml(new StringReader(text));
    }

    private Optional<YamlNode> readWithSnakeYaml(Reader text) {
        return compose(file, text, problems).map(root -> convert(root, KeyPath.ROOT));
    }

    /**
     * SnakeYAML's node graph of one document, tags kept as written (so callers may give {@code !Ref} a meaning).
     * Returns empty (and adds a problem with the position) when the text is not valid YAML or is empty.
     */
    static Optional<Node> compose(Path file, Reader text, Problems problems) {
        Node root;
        try {
            // What Yaml.compose does, without building the Yaml facade's constructor and representer.
            LoaderOptions options = options();
            root = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // The context (e.g. an unclosed '{') often starts lines before the problem is noticed: name both.
            Mark context = e.getContextMark();
            String started = context != null && mark != null && context.getLine() != mark.getLine()
                    ? " that starts at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) : "";
            String message = "invalid YAML: " + (e.getContext() == null ? "" : e.getContext() + started + "; ")
                    + e.getProblem();
            problems.add(mark == null ? Location.of(file) : location(file, mark), "", message);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Location.of(file), "", "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.add(Location.of(file), "", "the file is empty");
            return Optional.empty();
        }
        return Optional.of(root);
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    private Location location(Mark mark) {
        return location(file, mark);
    }

    static Location location(Path file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * Converts a node; aliases share one conversion. Returns null only for a recursive alias (reported). Only a
     * node with an anchor can be reached twice (or from inside itself), so only those are remembered.
     */
    private YamlNode convert(Node node, KeyPath path) {
        if (node.getAnchor() == null) {
            return convertOnce(node, path);
        }
        YamlNode done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(node)) {
            problems.add(location(node.getStartMark()), path.text(), "recursive alias at " + path.display());
            return null;
        }
        YamlNode result = convertOnce(node, path);
        inProgress.remove(node);
        converted.put(node, result);
        return result;
    }

    private YamlNode convertOnce(Node node, KeyPath path) {
        if (node instanceof MappingNode m) {
            return mapping(m, path);
        }
        if (node instanceof SequenceNode s) {
            List<Node> values = s.getValue();
            List<YamlNode> items = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                YamlNode item = convert(values.get(i), new KeyPath(path, null, i));
                if (item != null) {
                    items.add(item);
                }
            }
            return new YamlNode.Sequence(items, location(s.getStartMark()));
        }
        return scalar((ScalarNode) node);
    }

    private YamlNode.Mapping mapping(MappingNode node, KeyPath path) {
        List<NodeTuple> tuples = node.getValue();
        List<YamlNode.Entry> entries = new ArrayList<>(tuples.size());
        Set<String> keys = new HashSet<>();
        List<Node> merges = null;
        for (NodeTuple tuple : tuples) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                if (merges == null) {
                    merges = new ArrayList<>();
                }
                merges.add(tuple.getValueNode());
                continue;
            }
            if (!(keyNode instanceof ScalarNode)) {
                problems.add(location(keyNode.getStartMark()), path.text(),
                        "a mapping key must be a plain value, not a list or mapping, in " + path.display());
                continue;
            }
            YamlNode.Scalar key = scalar((ScalarNode) keyNode);
            KeyPath childPath = new KeyPath(path, key.text(), -1);
            if (!keys.add(key.text())) {
                problems.add(key.location(), childPath.text(), "duplicate key '" + key.text() + "' in "
                        + path.display());
                continue;
            }
            YamlNode value = convert(tuple.getValueNode(), childPath);
            if (value != null) {
                entries.add(new YamlNode.Entry(key, value));
            }
        }
        // Merge keys: explicit keys win, then earlier merge sources win over later ones (YAML merge spec).
        for (Node merge : merges == null ? List.<Node>of() : merges) {
            List<Node> sources = merge instanceof SequenceNode s ? s.getValue() : List.of(merge);
            for (Node source : sources) {
                YamlNode converted = convert(source, path);
                if (converted instanceof YamlNode.Mapping m) {
                    for (YamlNode.Entry e : m.entries()) {
                        if (keys.add(e.key().text())) {
                            entries.add(e);
                        }
                    }
                } else if (converted != null) {
                    problems.add(converted.location(), path.text(), "a merge key '<<' needs a mapping (or a list of "
                            + "mappings), not " + converted.describe() + ", in " + path.display());
                }
            }
        }
        return new YamlNode.Mapping(entries, location(node.getStartMark()));
    }

    private YamlNode.Scalar scalar(ScalarNode node) {
        Location location = location(node.getStartMark());
        return new YamlNode.Scalar(scalars.value(node.getTag(), node.getValue(), location, problems),
                node.getValue(), location);
    }

    /** Where a node sits, as {@code testCases[3].input}; rendered only when a problem names it. */
    private record KeyPath(KeyPath parent, String key, int index) {
        static final KeyPath ROOT = new KeyPath(null, null, -1);

        String text() {
            if (parent == null) {
                return "";
            }
            String before = parent.text();
            if (key == null) {
                return before + "[" + index + "]";
            }
            return before.isEmpty() ? key : before + "." + key;
        }

        String display() {
            String text = text();
            return text.isEmpty() ? "the document" : text;
        }
    }
}

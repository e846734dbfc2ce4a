package dev.sfntest.cli.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain subset of YAML that suites, mocks and config files are written in straight into
 * {@link YamlNode}s, several times faster than SnakeYAML's scanner → parser → composer on a cold JVM. It gives up
 * (empty) on anything else and on anything where it could read differently; {@link YamlReader} then reads the
 * file with SnakeYAML, which stays the reference for all other YAML and for every error message. So this reader
 * may only ever be less capable than SnakeYAML, never different: the tree, every position and every typed value
 * are SnakeYAML's (checked file by file and on generated documents by {@code YamlSubsetParserDifferentialTest}).
 *
 * <p>The subset: block mappings and block sequences (also a sequence at its parent key's indentation and
 * {@code - key: value} items), empty values, one-line plain, single- and double-quoted scalars, one-line flow
 * collections {@code {…}} and {@code […]}, comments and blank lines. Left to SnakeYAML: anchors, aliases, tags,
 * merge keys, block scalars ({@code |}, {@code >}), anything spanning lines (plain, quoted or flow), {@code ?}
 * keys, directives, document markers, duplicate keys, tabs, {@code \r}, a byte-order mark, non-BMP characters,
 * rare escapes, a scalar as the whole document and an empty document.
 */
final class YamlSubsetParser extends YamlSubsetScanner {
    /** Well below the composer's limit of 50 nested collections. */
    private static final int MAX_DEPTH = 40;
    /** Past this many keys, duplicates are looked up in a set instead of a scan of the entries. */
    private static final int LINEAR_KEY_CHECK = 8;
    /** Thread-safe once built (it only matches precompiled patterns), so shared by all reads. */
    private static final Resolver RESOLVER = new Resolver();

    private final ScalarTyping typing;
    /** Problems typing a scalar (SnakeYAML's path reports them): any means giving up. */
    private final Problems typingProblems = new Problems();
    private int depth;

    private YamlSubsetParser(Path file, String text, ScalarTyping typing) {
        super(file, text);
        this.typing = typing;
    }

    /** The document read the fast way, or empty when it is outside the subset. Never throws, never reports. */
    static Optional<YamlNode> read(Path file, String text, ScalarTyping typing) {
        try {
            YamlSubsetParser parser = new YamlSubsetParser(file, text, typing);
            if (!parser.onlyPlainCharacters()) {
                return Optional.empty();
            }
            YamlNode root = parser.document();
            return parser.typingProblems.isEmpty() ? Optional.of(root) : Optional.empty();
        } catch (RuntimeException e) {
            // GiveUp, or a case this reader got wrong: SnakeYAML reads the file either way.
            return Optional.empty();
        }
    }

    private YamlNode document() {
        nextContentLine();
        if (!more) {
            throw giveUp();
        }
        YamlNode root;
        char c = s[pos];
        if (c == '[' || c == '{') {
            root = flow();
            endLine();
        } else {
            root = atDash() ? sequence() : mapping(null);
        }
        if (more) {
            throw giveUp();
        }
        return root;
    }

    /** A block mapping whose first key starts at {@code pos}, or was already read as {@code firstKey}. */
    private YamlNode.Mapping mapping(YamlNode.Scalar firstKey) {
        enter();
        int indent = firstKey != null ? firstKey.location().column() - 1 : column();
        Location start = firstKey != null ? firstKey.location() : here();
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = null;
        YamlNode.Scalar key = firstKey;
        while (true) {
            if (key == null) {
                key = key();
            }
            keys = addKey(entries, keys, key.text());
            entries.add(new YamlNode.Entry(key, value(indent)));
            if (!more || column() < indent) {
                break;
            }
            if (column() > indent) {
                throw giveUp();
            }
            key = null;
        }
        depth--;
        return new YamlNode.Mapping(entries, start);
    }

    /** A key of a block mapping, with its ':'. */
    private YamlNode.Scalar key() {
        int line = this.line;
        int column = column();
        if (s[pos] == '"' || s[pos] == '\'') {
            String text = quoted();
            if (!colonAfterQuotedKey(column)) {
                throw giveUp();
            }
            return scalar(Tag.STR, text, line, column);
        }
        if (!plainStarts(false)) {
            throw giveUp();
        }
        String text = plainInBlock();
        if (!endsWithColon) {
            throw giveUp();
        }
        return plain(text, line, column);
    }

    /**
     * The value after a key's ':' in a mapping at {@code indent}: on the same line, or a block on the next
     * lines, or null (where SnakeYAML puts an empty value: just after the ':').
     */
    private YamlNode value(int indent) {
        if (restOfLineIsEmpty()) {
            int emptyLine = line;
            int emptyColumn = column();
            endLine();
            if (more && (column() > indent || column() == indent && atDash())) {
                return block();
            }
            return plain("", emptyLine, emptyColumn);
        }
        skipSpaces();
        YamlNode value = inline();
        // A more indented line next is a continuation or an error: the mapping gives up on it.
        endLine();
        return value;
    }

    /** A block sequence whose first '-' is at {@code pos}. */
    private YamlNode.Sequence sequence() {
        enter();
        int indent = column();
        Location start = here();
        List<YamlNode> items = new ArrayList<>();
        do {
            pos++;
            items.add(item(indent));
        } while (more && column() == indent && atDash());
        if (more && column() > indent) {
            throw giveUp();
        }
        depth--;
        return new YamlNode.Sequence(items, start);
    }

    /** One item after its '-': a value on the same line, a {@code key: value} mapping, a block below, or null. */
    private YamlNode item(int indent) {
        if (restOfLineIsEmpty()) {
            int emptyLine = line;
            int emptyColumn = column();
            endLine();
            if (more && column() > indent) {
                return block();
            }
            return plain("", emptyLine, emptyColumn);
        }
        skipSpaces();
        char c = s[pos];
        YamlNode value;
        if (c == '"' || c == '\'') {
            int line = this.line;
            int column = column();
            value = scalar(Tag.STR, quoted(), line, column);
            int after = pos;
            if (colonAfterQuotedKey(column)) {
                return mapping((YamlNode.Scalar) value);
            }
            pos = after;
        } else if (c == '[' || c == '{') {
            value = flow();
        } else if (plainStarts(false)) {
            int line = this.line;
            int column = column();
            value = plain(plainInBlock(), line, column);
            if (endsWithColon) {
                return mapping((YamlNode.Scalar) value);
            }
        } else {
            throw giveUp();
        }
        // A more indented line next is a continuation or an error: the sequence gives up on it.
        endLine();
        return value;
    }

    /**
     * Whether a ': ' follows the quoted key that started at {@code column} (then {@code pos} is moved past the
     * ':'). SnakeYAML reports keys longer than 1024 characters.
     */
    private boolean colonAfterQuotedKey(int column) {
        skipSpaces();
        if (s[pos] != ':' || !blank(s[pos + 1])) {
            return false;
        }
        if (column() - column > MAX_KEY_LENGTH) {
            throw giveUp();
        }
        pos++;
        return true;
    }

    /** A block collection starting a line of its own, as the value of a key or an item above it. */
    private YamlNode block() {
        if (atDash()) {
            return sequence();
        }
        char c = s[pos];
        if (c == '"' || c == '\'' || plainStarts(false)) {
            return mapping(null);
        }
        throw giveUp();
    }

    /** A value that starts and ends on the current line: a quoted or plain scalar or a flow collection. */
    private YamlNode inline() {
        int line = this.line;
        int column = column();
        char c = s[pos];
        if (c == '"' || c == '\'') {
            return scalar(Tag.STR, quoted(), line, column);
        }
        if (c == '[' || c == '{') {
            return flow();
        }
        if (!plainStarts(false)) {
            throw giveUp();
        }
        String text = plainInBlock();
        if (endsWithColon) {
            // "a: b: c" — SnakeYAML reports it.
            throw giveUp();
        }
        return plain(text, line, column);
    }

    /** A one-line flow collection {@code […]} or <code>{…}</code> starting at {@code pos}. */
    private YamlNode flow() {
        enter();
        Location start = here();
        boolean isMapping = s[pos] == '{';
        char close = isMapping ? '}' : ']';
        pos++;
        skipSpaces();
        List<YamlNode.Entry> entries = isMapping ? new ArrayList<>() : null;
        List<YamlNode> items = isMapping ? null : new ArrayList<>();
        Set<String> keys = null;
        if (s[pos] == close) {
            pos++;
        } else {
            while (true) {
                YamlNode value = flowValue();
                skipSpaces();
                if (isMapping) {
                    if (!(value instanceof YamlNode.Scalar key) || s[pos] != ':'
                            || column() - (key.location().column() - 1) > MAX_KEY_LENGTH) {
                        throw giveUp();
                    }
                    pos++;
                    skipSpaces();
                    keys = addKey(entries, keys, key.text());
                    entries.add(new YamlNode.Entry(key, flowValue()));
                    skipSpaces();
                } else {
                    items.add(value);
                }
                char c = s[pos++];
                if (c == close) {
                    break;
                }
                if (c != ',') {
                    throw giveUp();
                }
                skipSpaces();
            }
        }
        depth--;
        return isMapping ? new YamlNode.Mapping(entries, start) : new YamlNode.Sequence(items, start);
    }

    /** A value inside a flow collection; an empty one (as in {@code [a, ]}) is left to SnakeYAML. */
    private YamlNode flowValue() {
        int line = this.line;
        int column = column();
        char c = s[pos];
        if (c == '"' || c == '\'') {
            return scalar(Tag.STR, quoted(), line, column);
        }
        if (c == '[' || c == '{') {
            return flow();
        }
        if (!plainStarts(true)) {
            throw giveUp();
        }
        return plain(plainInFlow(), line, column);
    }

    /** A plain scalar, tagged as SnakeYAML's resolver does (YAML 1.1: yes/no, 0x1F, ~, …). */
    private YamlNode.Scalar plain(String text, int line, int column) {
        Tag tag = resolve(text);
        if (Tag.MERGE.equals(tag)) {
            throw giveUp();
        }
        return scalar(tag, text, line, column);
    }

    /**
     * SnakeYAML's resolution, with the most common answers given without its regular expressions: a plain
     * decimal can only match its int pattern (tried first for digits and signs), true/false its bool pattern.
     */
    private static Tag resolve(String text) {
        if (ScalarTyping.isPlainDecimal(text)) {
            return Tag.INT;
        }
        if (text.equals("true") || text.equals("false")) {
            return Tag.BOOL;
        }
        return RESOLVER.resolve(NodeId.scalar, text, true);
    }

    private YamlNode.Scalar scalar(Tag tag, String text, int line, int column) {
        Location at = new Location(file, line, column + 1);
        return new YamlNode.Scalar(typing.value(tag, text, at, typingProblems), text, at);
    }

    /** Duplicate keys are SnakeYAML's path to report. Returns the set of keys once there are many. */
    private static Set<String> addKey(List<YamlNode.Entry> entries, Set<String> keys, String key) {
        if (keys != null) {
            if (!keys.add(key)) {
                throw giveUp();
            }
            return keys;
        }
        for (YamlNode.Entry e : entries) {
            if (e.key().text().equals(key)) {
                throw giveUp();
            }
        }
        if (entries.size() < LINEAR_KEY_CHECK) {
            return null;
        }
        Set<String> all = new HashSet<>();
        for (YamlNode.Entry e : entries) {
            all.add(e.key().text());
        }
        all.add(key);
        return all;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw giveUp();
        }
    }
}

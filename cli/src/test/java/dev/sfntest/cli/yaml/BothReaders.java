package dev.sfntest.cli.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one text with both of {@link YamlReader}'s paths (the fast {@link YamlSubsetParser} and SnakeYAML) and
 * checks the fast one either gave up or built exactly SnakeYAML's tree: same node kinds, keys, texts, positions,
 * and JSON values of the same class (IntNode is not LongNode, 1.0 is not 1).
 */
final class BothReaders {
    private BothReaders() {}

    /** Returns whether the fast path read the text (after checking it agrees with SnakeYAML). */
    static boolean readTheSame(Path file, String text) {
        Optional<YamlNode> fast = YamlSubsetParser.read(file, text, new ScalarTyping());
        if (fast.isEmpty()) {
            return false;
        }
        Problems problems = new Problems();
        Optional<YamlNode> snake = YamlReader.readWithSnakeYaml(file, text, problems);
        assertThat(problems.all()).as("SnakeYAML reports problems the fast path did not give up on, in:\n%s", text)
                .isEmpty();
        assertThat(snake).as("SnakeYAML read nothing, in:\n%s", text).isPresent();
        assertThat(dump(fast.get())).as("fast path tree (expected: SnakeYAML's) for:\n%s", text)
                .isEqualTo(dump(snake.get()));
        return true;
    }

    /** One line per node: kind, position, text and value class, indented by depth; the whole tree to compare. */
    static String dump(YamlNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, "", out);
        return out.toString();
    }

    private static void dump(YamlNode node, String indent, StringBuilder out) {
        Location at = node.location();
        String place = at.file() + ":" + at.line() + ":" + at.column();
        if (node instanceof YamlNode.Mapping m) {
            out.append(indent).append("mapping ").append(place).append('\n');
            for (YamlNode.Entry e : m.entries()) {
                out.append(indent).append("  key ");
                scalar(e.key(), out);
                dump(e.value(), indent + "    ", out);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            out.append(indent).append("sequence ").append(place).append('\n');
            for (YamlNode item : s.items()) {
                dump(item, indent + "  ", out);
            }
        } else {
            out.append(indent).append("scalar ");
            scalar((YamlNode.Scalar) node, out);
        }
    }

    private static void scalar(YamlNode.Scalar s, StringBuilder out) {
        Location at = s.location();
        JsonNode value = s.value();
        out.append(at.line()).append(':').append(at.column()).append(" text=").append(escape(s.text()))
                .append(' ').append(value.getClass().getSimpleName()).append('=').append(value).append('\n');
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < ' ' || c > '~') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

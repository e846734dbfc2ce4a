package dev.sfntest.cli.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the position it was written at: the mapping keys and every nested value keep their own
 * {@link Location}. Aliases are already expanded and merge keys ({@code <<: *base}) already applied.
 */
public sealed interface YamlNode {

    Location location();

    /** The value as JSON (mapping keys become strings). */
    JsonNode toJson();

    /** How the value reads in an error message: {@code a mapping}, {@code the string "abc"}, … */
    String describe();

    /** One key and its value, both with positions. */
    record Entry(Scalar key, YamlNode value) {}

    /** A YAML mapping, entries in file order, keys unique. */
    record Mapping(List<Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public JsonNode toJson() {
            ObjectNode node = Json.NODES.objectNode();
            for (Entry e : entries) {
                node.set(e.key().text(), e.value().toJson());
            }
            return node;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A YAML sequence. */
    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public JsonNode toJson() {
            ArrayNode node = Json.NODES.arrayNode(items.size());
            for (YamlNode item : items) {
                node.add(item.toJson());
            }
            return node;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar, typed the YAML 1.1 way (as SnakeYAML resolves it): {@code yes} is a boolean, {@code 012} an
     * octal int, a bare timestamp stays the text it was written as.
     *
     * @param value the typed value (NullNode for null)
     * @param text  the text as written, used for mapping keys
     */
    record Scalar(JsonNode value, String text, Location location) implements YamlNode {
        @Override
        public JsonNode toJson() {
            return value;
        }

        @Override
        public String describe() {
            if (value.isNull()) {
                return "null";
            }
            if (value.isTextual()) {
                return "the string " + Json.write(value);
            }
            if (value.isNumber()) {
                return "the number " + text;
            }
            if (value.isBoolean()) {
                return "the boolean " + value.asText();
            }
            return "the value " + text;
        }
    }
}

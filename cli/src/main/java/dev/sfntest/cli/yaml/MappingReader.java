package dev.sfntest.cli.yaml;

import dev.sfntest.engine.parse.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed, validating access to one YAML mapping of a user's file. Every accessor reports a wrong type or a
 * missing required key to the shared {@link Problems} and returns empty, so a loader can carry on and report
 * everything at once.
 */
public final class MappingReader {
    private final YamlNode.Mapping mapping;
    private final String path;
    private final Problems problems;

    public MappingReader(YamlNode.Mapping mapping, String path, Problems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /** A reader for {@code node} when it is a mapping; otherwise reports "… must be a mapping". */
    public static Optional<MappingReader> of(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingReader(m, path, problems));
        }
        problems.add(node.location(), path, where(path) + " must be a mapping, not " + node.describe());
        return Optional.empty();
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public String path() {
        return path;
    }

    public Location location() {
        return mapping.location();
    }

    public Problems problems() {
        return problems;
    }

    /** The key path of a child: {@code testCases[0].input}. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports every key that is not one of {@code allowed}, with a "did you mean" suggestion. */
    public MappingReader allowOnly(Collection<String> allowed) {
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key().text();
            if (!allowed.contains(key)) {
                String suggestion = Suggestions.didYouMean(key, allowed)
                        .orElse("allowed keys are: " + String.join(", ", allowed));
                problems.add(e.key().location(), pathOf(key),
                        "unknown key '" + key + "' " + (path.isEmpty() ? "at the top level" : "in " + path),
                        suggestion);
            }
        }
        return this;
    }

    public boolean has(String key) {
        return mapping.get(key).isPresent();
    }

    public Optional<YamlNode> node(String key) {
        return mapping.get(key);
    }

    /** The node, or reports "missing required key" at the mapping. */
    public Optional<YamlNode> required(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            problems.add(mapping.location(), pathOf(key),
                    "missing required key '" + key + "'" + (path.isEmpty() ? "" : " in " + path));
        }
        return node;
    }

    /** Where the key itself is written, or the mapping's start when absent. */
    public Location keyLocation(String key) {
        return mapping.entry(key).map(e -> e.key().location()).orElse(mapping.location());
    }

    public Optional<String> string(String key) {
        return node(key).flatMap(n -> asString(n, pathOf(key), problems));
    }

    public Optional<String> requiredString(String key) {
        return required(key).flatMap(n -> asString(n, pathOf(key), problems));
    }

    /** A string with its position, for values the runner resolves later (file names, state names). */
    public Optional<Located<String>> locatedString(String key) {
        return node(key).flatMap(n -> asString(n, pathOf(key), problems).map(s -> new Located<>(s, n.location())));
    }

    /** Any scalar's text ({@code 123456789012} written without quotes reads as "123456789012"). */
    public Optional<String> scalarText(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Scalar s && !s.value().isNull()) {
                return Optional.of(s.value().isTextual() ? s.value().asText() : s.text());
            }
            typeProblem(n, pathOf(key), "a string");
            return Optional.empty();
        });
    }

    public Optional<Boolean> bool(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Scalar s && s.value().isBoolean()) {
                return Optional.of(s.value().booleanValue());
            }
            typeProblem(n, pathOf(key), "true or false");
            return Optional.empty();
        });
    }

    public Optional<BigDecimal> number(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Scalar s && s.value().isNumber()) {
                return Optional.of(s.value().decimalValue());
            }
            typeProblem(n, pathOf(key), "a number");
            return Optional.empty();
        });
    }

    /** A whole number ≥ 0 (milliseconds, counts). */
    public Optional<Long> count(String key, String what) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Scalar s && s.value().isNumber()) {
                BigDecimal d = s.value().decimalValue();
                if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0 && d.compareTo(BigDecimal.valueOf(
                        Long.MAX_VALUE)) <= 0) {
                    return Optional.of(d.longValueExact());
                }
            }
            typeProblem(n, pathOf(key), what);
            return Optional.empty();
        });
    }

    /** Any value, as JSON. */
    public Optional<JsonNode> json(String key) {
        return node(key).map(YamlNode::toJson);
    }

    public Optional<MappingReader> mapping(String key) {
        return node(key).flatMap(n -> of(n, pathOf(key), problems));
    }

    public Optional<List<YamlNode>> list(String key) {
        return node(key).flatMap(n -> asList(n, pathOf(key), problems));
    }

    /** A list of strings, such as an execution path. */
    public Optional<List<String>> stringList(String key) {
        return node(key).flatMap(n -> asStringList(n, pathOf(key), problems));
    }

    /** One of the given words ({@code exact}, {@code partial}…), reporting others with a suggestion. */
    public <E> Optional<E> oneOf(String key, Map<String, E> choices) {
        return string(key).flatMap(value -> {
            E choice = choices.get(value);
            if (choice == null) {
                problems.add(node(key).orElseThrow().location(), pathOf(key),
                        pathOf(key) + " must be one of " + String.join(", ", choices.keySet()) + ", not '"
                                + value + "'",
                        Suggestions.didYouMean(value, choices.keySet()).orElse(null));
            }
            return Optional.ofNullable(choice);
        });
    }

    public static Optional<String> asString(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.value().isTextual()) {
            return Optional.of(s.value().asText());
        }
        typeProblem(node, path, "a string", problems);
        return Optional.empty();
    }

    public static Optional<List<YamlNode>> asList(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlNode.Sequence s) {
            return Optional.of(s.items());
        }
        typeProblem(node, path, "a list", problems);
        return Optional.empty();
    }

    public static Optional<List<String>> asStringList(YamlNode node, String path, Problems problems) {
        Optional<List<YamlNode>> items = asList(node, path, problems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<String> s = asString(items.get().get(i), path + "[" + i + "]", problems);
            ok &= s.isPresent();
            s.ifPresent(out::add);
        }
        return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    private void typeProblem(YamlNode node, String path, String expected) {
        typeProblem(node, path, expected, problems);
    }

    static void typeProblem(YamlNode node, String path, String expected, Problems problems) {
        problems.add(node.location(), path, where(path) + " must be " + expected + ", not " + node.describe());
    }

    private static String where(String path) {
        return path.isEmpty() ? "the document" : path;
    }

    /** Ordered key set, for {@link #allowOnly}. */
    public static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    /** Keys rendered for messages. */
    public static String list(Collection<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }
}

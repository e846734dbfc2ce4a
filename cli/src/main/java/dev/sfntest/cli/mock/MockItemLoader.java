package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.MappingReader;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.cli.yaml.YamlNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads one mock entry ({@code - state: X, type: …}) of a mock file or of a test case's {@code mockOverrides},
 * checking the keys allowed for its type and reading response files.
 */
public final class MockItemLoader {
    private static final Map<String, String> TYPES = new java.util.LinkedHashMap<>();

    static {
        for (String type : List.of("fixed", "conditional", "stateful", "error", "itemReader")) {
            TYPES.put(type, type);
        }
    }

    private static final List<String> COMMON = List.of("state", "type", "description", "delay");
    private static final Map<String, List<String>> TYPE_KEYS = Map.of(
            "fixed", List.of("response", "responseFile", "responseFormat"),
            "conditional", List.of("conditions"),
            "stateful", List.of("responses", "responsesFile", "responseFormat"),
            "error", List.of("error", "probability"),
            "itemReader", List.of("data", "dataFile", "dataFormat"));
    private static final Set<String> CONDITION_KEYS = MappingReader.keys("when", "response", "responseFile",
            "responseFormat", "error", "default", "delay");
    private static final Set<String> ERROR_KEYS = MappingReader.keys("type", "cause", "message");

    private final ProjectConfig config;
    private final Path namingDir;
    private final Problems problems;

    /**
     * @param namingDir the folder of the file holding the entries, for relative file paths when there is no
     *                  config file
     */
    public MockItemLoader(ProjectConfig config, Path namingDir, Problems problems) {
        this.config = config;
        this.namingDir = namingDir;
        this.problems = problems;
    }

    /** Reads a list of entries at {@code path} ({@code mocks} or {@code testCases[3].mockOverrides}). */
    public List<MockSpec> readAll(YamlNode list, String path) {
        List<MockSpec> out = new ArrayList<>();
        MappingReader.asList(list, path, problems).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                read(items.get(i), path + "[" + i + "]").ifPresent(out::add);
            }
        });
        return out;
    }

    /** Reads one entry; empty when it has problems (reported). */
    public Optional<MockSpec> read(YamlNode node, String path) {
        return MappingReader.of(node, path, problems).flatMap(this::read);
    }

    private Optional<MockSpec> read(MappingReader m) {
        Optional<String> state = m.requiredString("state");
        Optional<String> type = m.required("type").flatMap(n -> m.oneOf("type", TYPES));
        if (type.isEmpty()) {
            m.allowOnly(allKeys());
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(TYPE_KEYS.get(type.get()));
        m.allowOnly(allowed);
        long delay = m.count("delay", "a number of milliseconds (0 or more)").orElse(0L);
        int before = problems.size();
        MockSpec spec = switch (type.get()) {
            case "fixed" -> fixed(m, state.orElse(""), delay);
            case "conditional" -> conditional(m, state.orElse(""), delay);
            case "stateful" -> stateful(m, state.orElse(""), delay);
            case "error" -> error(m, state.orElse(""), delay);
            default -> itemReader(m, state.orElse(""), delay);
        };
        return state.isPresent() && problems.size() == before ? Optional.ofNullable(spec) : Optional.empty();
    }

    private static Set<String> allKeys() {
        Set<String> all = new java.util.LinkedHashSet<>(COMMON);
        TYPE_KEYS.values().forEach(all::addAll);
        return all;
    }

    private MockSpec fixed(MappingReader m, String state, long delay) {
        Optional<JsonNode> response = responseOrFile(m, "response", "responseFile");
        if (response.isEmpty() && !m.has("response") && !m.has("responseFile")) {
            problems.add(m.location(), m.path(), "a fixed mock needs 'response' or 'responseFile' in " + m.path());
        }
        return new MockSpec.Fixed(state, response.orElse(null), delay, m.location());
    }

    private MockSpec conditional(MappingReader m, String state, long delay) {
        List<MockSpec.Condition> conditions = new ArrayList<>();
        Optional<List<YamlNode>> items = m.required("conditions").flatMap(n -> m.list("conditions"));
        for (int i = 0; i < items.orElse(List.of()).size(); i++) {
            MappingReader.of(items.get().get(i), m.pathOf("conditions") + "[" + i + "]", problems)
                    .flatMap(this::condition).ifPresent(conditions::add);
        }
        return new MockSpec.Conditional(state, conditions, delay, m.location());
    }

    private Optional<MockSpec.Condition> condition(MappingReader c) {
        c.allowOnly(CONDITION_KEYS);
        OptionalLong delay = c.count("delay", "a number of milliseconds (0 or more)")
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        if (c.has("default")) {
            if (c.has("when")) {
                problems.add(c.keyLocation("default"), c.pathOf("default"), "a condition has either 'when' or "
                        + "'default', not both, in " + c.path());
            }
            return c.json("default").map(d -> new MockSpec.Condition(Optional.empty(),
                    new MockOutcome.Respond(d), delay));
        }
        Optional<JsonNode> when = c.required("when").flatMap(n -> c.mapping("when")).flatMap(w -> {
            w.allowOnly(Set.of("input"));
            return w.required("input").map(YamlNode::toJson);
        });
        Optional<MockOutcome> outcome;
        if (c.has("error")) {
            outcome = c.mapping("error").flatMap(this::mockError).map(MockOutcome.Fail::new);
        } else {
            outcome = responseOrFile(c, "response", "responseFile").map(MockOutcome.Respond::new);
            if (outcome.isEmpty() && !c.has("response") && !c.has("responseFile")) {
                problems.add(c.location(), c.path(), "a condition needs 'response', 'responseFile' or 'error' in "
                        + c.path());
            }
        }
        if (when.isEmpty() || outcome.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MockSpec.Condition(when, outcome.get(), delay));
    }

    private MockSpec stateful(MappingReader m, String state, long delay) {
        List<MockOutcome> outcomes = new ArrayList<>();
        if (m.has("responses")) {
            m.list("responses").ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    outcomes.add(statefulEntry(items.get(i), m.pathOf("responses") + "[" + i + "]"));
                }
            });
        } else if (m.has("responsesFile")) {
            responseOrFile(m, "responses", "responsesFile").ifPresent(data -> {
                if (data.isArray()) {
                    data.forEach(d -> outcomes.add(new MockOutcome.Respond(d)));
                } else {
                    outcomes.add(new MockOutcome.Respond(data));
                }
            });
        } else {
            problems.add(m.location(), m.path(), "a stateful mock needs 'responses' or 'responsesFile' in "
                    + m.path());
        }
        if (m.has("responses") && outcomes.isEmpty()) {
            problems.add(m.keyLocation("responses"), m.pathOf("responses"), m.pathOf("responses")
                    + " must hold at least one response");
        }
        return new MockSpec.Stateful(state, outcomes, delay, m.location());
    }

    /** {@code - error: {type, cause}} (the only key, holding an object with a type) fails; anything else returns. */
    private MockOutcome statefulEntry(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping map && map.entries().size() == 1
                && map.get("error").orElse(null) instanceof YamlNode.Mapping error && error.get("type").isPresent()) {
            Optional<MockError> parsed = mockError(new MappingReader(error, path + ".error", problems));
            if (parsed.isPresent()) {
                return new MockOutcome.Fail(parsed.get());
            }
        }
        return new MockOutcome.Respond(node.toJson());
    }

    private MockSpec error(MappingReader m, String state, long delay) {
        Optional<MockError> error = m.required("error").flatMap(n -> m.mapping("error")).flatMap(this::mockError);
        Optional<Double> probability = m.number("probability").flatMap(p -> {
            if (p.compareTo(BigDecimal.ZERO) < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                problems.add(m.node("probability").orElseThrow().location(), m.pathOf("probability"),
                        m.pathOf("probability") + " must be between 0 and 1, not " + p.toPlainString());
                return Optional.empty();
            }
            return Optional.of(p.doubleValue());
        });
        return new MockSpec.Error(state, error.orElse(null), probability, delay, m.location());
    }

    private Optional<MockError> mockError(MappingReader e) {
        e.allowOnly(ERROR_KEYS);
        Optional<String> type = e.requiredString("type");
        Optional<String> cause = e.string("cause");
        Optional<String> message = e.string("message");
        return type.map(t -> new MockError(t, cause, message));
    }

    private MockSpec itemReader(MappingReader m, String state, long delay) {
        Optional<List<JsonNode>> data = m.list("data").map(items -> items.stream().map(YamlNode::toJson).toList());
        Optional<DataFormat> declared = m.oneOf("dataFormat", DataFormat.NAMES);
        // Data files may be big or generated later (benchmarks): located now, checked when opened.
        Optional<MockSpec.DataFile> file = m.locatedString("dataFile").flatMap(raw -> {
            List<Path> candidates = config.dataFileCandidates(raw.value(), namingDir);
            Path path = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(candidates.get(0));
            Optional<DataFormat> format = declared.or(() -> DataFormat.fromExtension(path));
            if (format.isEmpty() && !m.has("dataFormat")) {
                problems.add(raw.location(), m.pathOf("dataFile"), "cannot tell the format of '" + raw.value()
                        + "' from its extension; add dataFormat: json, csv, jsonl or yaml");
            }
            return format.map(f -> new MockSpec.DataFile(raw.value(), path, candidates, f, raw.location()));
        });
        if (m.has("data") && m.has("dataFile")) {
            problems.add(m.keyLocation("dataFile"), m.pathOf("dataFile"), "an itemReader mock has either 'data' or "
                    + "'dataFile', not both, in " + m.path());
        } else if (!m.has("data") && !m.has("dataFile")) {
            problems.add(m.location(), m.path(), "an itemReader mock needs 'data' or 'dataFile' in " + m.path());
        }
        return new MockSpec.ItemReader(state, data, file, delay, m.location());
    }

    /** The inline value, or the file's content; reports a missing or unreadable file. */
    private Optional<JsonNode> responseOrFile(MappingReader m, String inlineKey, String fileKey) {
        if (m.has(inlineKey)) {
            if (m.has(fileKey)) {
                problems.add(m.keyLocation(fileKey), m.pathOf(fileKey), "give either '" + inlineKey + "' or '"
                        + fileKey + "', not both, in " + m.path());
            }
            return m.json(inlineKey);
        }
        Optional<DataFormat> declared = m.oneOf("responseFormat", DataFormat.NAMES);
        return m.locatedString(fileKey).flatMap(raw -> locate(raw, m.pathOf(fileKey)).flatMap(path -> {
            DataFormat format = declared.or(() -> DataFormat.fromExtension(path)).orElse(DataFormat.JSON);
            return ResponseFileReader.read(path, format, raw.location(), m.pathOf(fileKey), problems);
        }));
    }

    private Optional<Path> locate(Located<String> raw, String keyPath) {
        try {
            return Optional.of(config.resolveDataFile(raw, namingDir, keyPath));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}

package dev.sfntest.cli.suite;

import dev.sfntest.engine.parse.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.mock.MockItemLoader;
import dev.sfntest.cli.mock.MockSpec;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.Location;
import dev.sfntest.cli.yaml.MappingReader;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.cli.yaml.YamlNode;
import dev.sfntest.cli.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a test suite file ({@code *.test.yaml}) into a {@link TestSuite}, checking every key against the
 * format and reporting every problem in the file at once.
 */
public final class SuiteLoader {
    static final Set<String> TOP_KEYS = MappingReader.keys("version", "name", "description", "stateMachine",
            "baseMock", "executionContext", "settings", "assertions", "testCases");
    static final Set<String> SETTINGS_KEYS = MappingReader.keys("timeout", "parallel", "stopOnFailure", "verbose",
            "strict");
    static final Set<String> ASSERTION_KEYS = MappingReader.keys("outputMatching", "pathMatching",
            "stateMatching");
    static final Set<String> CASE_KEYS = MappingReader.keys("name", "description", "input", "expectedOutput",
            "expectedPath", "expectedError", "executionContext", "timeout", "skip", "only", "mockOverrides",
            "stateExpectations", "mapExpectations", "parallelExpectations");
    static final Set<String> ERROR_KEYS = MappingReader.keys("type", "cause", "message");
    static final Set<String> STATE_KEYS = MappingReader.keys("state", "input", "output", "outputMatching",
            "variables");
    static final Set<String> MAP_KEYS = MappingReader.keys("state", "iterationCount", "iterationPaths");
    static final Set<String> ITERATION_KEYS = MappingReader.keys("pathMatching", "all", "samples");
    static final Set<String> PARALLEL_KEYS = MappingReader.keys("state", "branchCount", "branchPaths");
    private static final String SUITE_SUFFIX = ".test.yaml";

    private final Path file;
    private final Problems problems = new Problems();
    private final MockItemLoader mockLoader;

    private SuiteLoader(Path file, ProjectConfig config) {
        this.file = file;
        this.mockLoader = new MockItemLoader(config, file.toAbsolutePath().normalize().getParent(), problems);
    }

    /**
     * Loads a suite. {@code config} resolves file paths inside {@code mockOverrides}.
     *
     * @throws dev.sfntest.cli.yaml.InputException with every problem in the file
     */
    public static TestSuite load(Path file, ProjectConfig config) {
        SuiteLoader loader = new SuiteLoader(file, config);
        Optional<TestSuite> suite = YamlReader.read(file, loader.problems)
                .flatMap(node -> MappingReader.of(node, "", loader.problems))
                .map(loader::suite);
        loader.problems.throwIfAny();
        return suite.orElseThrow();
    }

    private TestSuite suite(MappingReader m) {
        m.allowOnly(TOP_KEYS);
        String version = m.required("version").flatMap(n -> m.scalarText("version")).orElse("1.0");
        if (m.has("version") && !version.equals("1.0")) {
            problems.add(m.node("version").orElseThrow().location(), "version",
                    "version must be \"1.0\", not '" + version + "'");
        }
        String name = m.requiredString("name").orElse("");
        Optional<Located<String>> stateMachine = m.locatedString("stateMachine").or(this::nameFromFile);
        ExecutionContextSpec context = context(m);
        Settings settings = m.mapping("settings").map(this::settings).orElse(Settings.DEFAULT);
        Assertions assertions = m.mapping("assertions").map(this::assertions).orElse(Assertions.DEFAULT);
        List<TestCase> cases = new ArrayList<>();
        Map<String, Location> names = new HashMap<>();
        m.required("testCases").flatMap(n -> m.list("testCases")).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String path = "testCases[" + i + "]";
                MappingReader.of(items.get(i), path, problems).flatMap(this::testCase).ifPresent(c -> {
                    Location first = names.putIfAbsent(c.name(), c.location());
                    if (first != null) {
                        problems.add(c.location(), path + ".name", "test case name '" + c.name()
                                + "' is used twice; first at line " + first.line());
                    }
                    cases.add(c);
                });
            }
        });
        return new TestSuite(file, version, name, m.string("description"), stateMachine,
                m.locatedString("baseMock"), context, settings, assertions, cases);
    }

    /** {@code order-flow.test.yaml} names the state machine {@code order-flow}. */
    private Optional<Located<String>> nameFromFile() {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(SUITE_SUFFIX) && fileName.length() > SUITE_SUFFIX.length()) {
            return Optional.of(new Located<>(fileName.substring(0, fileName.length() - SUITE_SUFFIX.length()),
                    Location.of(file)));
        }
        return Optional.empty();
    }

    private ExecutionContextSpec context(MappingReader m) {
        return m.node("executionContext")
                .map(n -> ExecutionContextSpec.read(n, m.pathOf("executionContext"), problems))
                .orElse(ExecutionContextSpec.EMPTY);
    }

    private Settings settings(MappingReader s) {
        s.allowOnly(SETTINGS_KEYS);
        return new Settings(s.count("timeout", "a number of milliseconds (0 or more)"),
                s.bool("parallel").orElse(false), s.bool("stopOnFailure").orElse(false),
                s.bool("verbose").orElse(false), s.bool("strict").orElse(false));
    }

    private Assertions assertions(MappingReader a) {
        a.allowOnly(ASSERTION_KEYS);
        return new Assertions(a.oneOf("outputMatching", Matching.NAMES).orElse(Assertions.DEFAULT.outputMatching()),
                a.oneOf("pathMatching", PathMatching.NAMES).orElse(Assertions.DEFAULT.pathMatching()),
                a.oneOf("stateMatching", Matching.NAMES).orElse(Assertions.DEFAULT.stateMatching()));
    }

    private Optional<TestCase> testCase(MappingReader c) {
        c.allowOnly(CASE_KEYS);
        Optional<String> name = c.requiredString("name");
        Optional<JsonNode> input = c.required("input").map(YamlNode::toJson);
        Optional<ExpectedPath> path = c.node("expectedPath").flatMap(n -> expectedPath(n, c.pathOf("expectedPath")));
        Optional<ExpectedError> error = c.node("expectedError")
                .flatMap(n -> expectedError(n, c.pathOf("expectedError")));
        List<MockSpec> overrides = c.node("mockOverrides")
                .map(n -> mockLoader.readAll(n, c.pathOf("mockOverrides"))).orElse(List.of());
        List<StateExpectation> states = each(c, "stateExpectations", this::stateExpectation);
        List<MapExpectation> maps = each(c, "mapExpectations", this::mapExpectation);
        List<ParallelExpectation> parallels = each(c, "parallelExpectations", this::parallelExpectation);
        if (name.isEmpty() || input.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TestCase(name.get(), c.string("description"), input.get(), c.json("expectedOutput"),
                path, error, context(c), c.count("timeout", "a number of milliseconds (0 or more)"),
                c.bool("skip").orElse(false), c.bool("only").orElse(false), overrides, states, maps, parallels,
                c.location()));
    }

    private Optional<ExpectedPath> expectedPath(YamlNode node, String path) {
        Optional<List<YamlNode>> items = MappingReader.asList(node, path, problems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        boolean nested = !items.get().isEmpty() && items.get().get(0) instanceof YamlNode.Sequence;
        if (!nested) {
            return MappingReader.asStringList(node, path, problems).map(p -> new ExpectedPath(List.of(p), false));
        }
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            YamlNode item = items.get().get(i);
            if (!(item instanceof YamlNode.Sequence)) {
                problems.add(item.location(), path + "[" + i + "]", path + " mixes state names and lists; write "
                        + "either one list of state names or a list of lists");
                continue;
            }
            MappingReader.asStringList(item, path + "[" + i + "]", problems).ifPresent(paths::add);
        }
        return Optional.of(new ExpectedPath(paths, true));
    }

    private Optional<ExpectedError> expectedError(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.value().isTextual()) {
            return Optional.of(new ExpectedError(Optional.of(s.value().asText()), Optional.empty(), Optional.empty(),
                    true));
        }
        if (node instanceof YamlNode.Mapping) {
            return MappingReader.of(node, path, problems).map(e -> {
                e.allowOnly(ERROR_KEYS);
                return new ExpectedError(e.string("type"), e.string("cause"), e.string("message"), false);
            });
        }
        problems.add(node.location(), path, path + " must be an error name or a mapping {type, cause, message}, "
                + "not " + node.describe());
        return Optional.empty();
    }

    private Optional<StateExpectation> stateExpectation(MappingReader s) {
        s.allowOnly(STATE_KEYS);
        Optional<String> state = s.requiredString("state");
        Optional<Map<String, JsonNode>> variables = s.mapping("variables").map(v -> {
            Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
            v.mapping().entries().forEach(e -> out.put(e.key().text(), e.value().toJson()));
            return out;
        });
        return state.map(name -> new StateExpectation(name, s.json("input"), s.json("output"),
                s.oneOf("outputMatching", Matching.NAMES), variables, s.location()));
    }

    private Optional<MapExpectation> mapExpectation(MappingReader s) {
        s.allowOnly(MAP_KEYS);
        Optional<String> state = s.requiredString("state");
        Optional<Integer> count = s.count("iterationCount", "a whole number (0 or more)").map(Long::intValue);
        Optional<MapExpectation.IterationPaths> paths = s.mapping("iterationPaths").map(p -> {
            p.allowOnly(ITERATION_KEYS);
            Map<Integer, List<String>> samples = p.mapping("samples").map(this::indexedPaths).orElse(Map.of());
            return new MapExpectation.IterationPaths(p.oneOf("pathMatching", PathMatching.NAMES),
                    p.stringList("all"), samples);
        });
        return state.map(name -> new MapExpectation(name, count, paths, s.location()));
    }

    private Optional<ParallelExpectation> parallelExpectation(MappingReader s) {
        s.allowOnly(PARALLEL_KEYS);
        Optional<String> state = s.requiredString("state");
        Optional<Integer> count = s.count("branchCount", "a whole number (0 or more)").map(Long::intValue);
        Optional<ParallelExpectation.BranchPaths> paths = s.mapping("branchPaths").map(p ->
                new ParallelExpectation.BranchPaths(p.oneOf("pathMatching", PathMatching.NAMES), indexedPaths(p)));
        return state.map(name -> new ParallelExpectation(name, count, paths, s.location()));
    }

    /** {@code {0: [A, B], 2: [C]}}; a {@code pathMatching} key is skipped (read by the caller). */
    private Map<Integer, List<String>> indexedPaths(MappingReader m) {
        Map<Integer, List<String>> out = new java.util.TreeMap<>();
        for (YamlNode.Entry e : m.mapping().entries()) {
            String key = e.key().text();
            if (key.equals("pathMatching")) {
                continue;
            }
            if (!key.matches("\\d{1,9}")) {
                problems.add(e.key().location(), m.pathOf(key), "unknown key '" + key + "' in " + m.path()
                        + "; expected pathMatching or an index (0, 1, …)",
                        dev.sfntest.engine.parse.Suggestions.didYouMean(key, List.of("pathMatching")).orElse(null));
                continue;
            }
            MappingReader.asStringList(e.value(), m.pathOf(key), problems)
                    .ifPresent(p -> out.put(Integer.parseInt(key), p));
        }
        return out;
    }

    private <T> List<T> each(MappingReader c, String key, java.util.function.Function<MappingReader, Optional<T>> f) {
        List<T> out = new ArrayList<>();
        c.list(key).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                MappingReader.of(items.get(i), c.pathOf(key) + "[" + i + "]", problems).flatMap(f)
                        .ifPresent(out::add);
            }
        });
        return out;
    }
}

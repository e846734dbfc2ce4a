package dev.sfntest.cli.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.cli.mock.MockFile;
import dev.sfntest.cli.mock.MockLoader;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every suite and mock file of the shared conformance corpus and benchmark workloads loads without a problem,
 * its state machine and base mock resolve, and every mock names a real state.
 */
class CorpusLoadingTest {
    private static final Path SHARED = Path.of("/work/shared");

    @TestFactory
    Stream<DynamicTest> everySharedSuiteAndMockLoads() throws IOException {
        assumeThat(Files.isDirectory(SHARED)).as("/work/shared is present").isTrue();
        List<Path> suites;
        try (Stream<Path> files = Stream.concat(walk(SHARED.resolve("conformance/corpus")),
                walk(SHARED.resolve("bench")))) {
            suites = files.filter(p -> p.getFileName().toString().startsWith("test-suite")
                    && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(suites).hasSizeGreaterThanOrEqualTo(339);
        return suites.stream().map(suite -> DynamicTest.dynamicTest(SHARED.relativize(suite).toString(),
                () -> loadsCleanly(suite)));
    }

    private static void loadsCleanly(Path suiteFile) throws IOException {
        ProjectConfig config = ProjectConfig.none(suiteFile.getParent());
        TestSuite suite = SuiteLoader.load(suiteFile, config);
        assertThat(suite.testCases()).isNotEmpty();
        StateMachineConfig machine = config.resolveStateMachine(suite.stateMachine().orElseThrow(), suite.folder());
        Set<String> states = stateNames(Json.MAPPER.readTree(machine.source().path().toFile()));
        Located<String> baseMock = suite.baseMock().orElseThrow();
        MockFile mocks = MockLoader.load(config.resolveMock(baseMock, suite.folder()), config);
        assertThat(mocks.unknownStates(states)).isEmpty();
        for (TestCase c : suite.testCases()) {
            assertThat(MockFile.unknownStates(c.mockOverrides(), states)).isEmpty();
        }
    }

    private static Stream<Path> walk(Path dir) throws IOException {
        return Files.isDirectory(dir) ? Files.walk(dir) : Stream.empty();
    }

    /** Every state name at any depth (Parallel branches, Map iterators and item processors). */
    static Set<String> stateNames(JsonNode definition) {
        Set<String> names = new HashSet<>();
        collect(definition, names);
        return names;
    }

    private static void collect(JsonNode machine, Set<String> names) {
        JsonNode states = machine.path("States");
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            names.add(state.getKey());
            state.getValue().path("Branches").forEach(b -> collect(b, names));
            collect(state.getValue().path("Iterator"), names);
            collect(state.getValue().path("ItemProcessor"), names);
        }
    }
}

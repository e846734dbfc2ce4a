package dev.sfntest.cli.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.mock.MockSpec;
import dev.sfntest.cli.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLoaderTest {
    @TempDir
    Path dir;

    private TestSuite load(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return SuiteLoader.load(file, ProjectConfig.none(dir));
    }

    private String problemsOf(String yaml) {
        InputException e = (InputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> load("suite.yaml", yaml));
        assertThat(e).isNotNull();
        return e.getMessage().replace(dir.resolve("suite.yaml").toString(), "suite.yaml");
    }

    @Test
    void readsEveryPartOfTheFormat() throws IOException {
        TestSuite suite = load("order-flow.test.yaml", """
                version: "1.0"
                name: Order flow
                executionContext: { startTime: "2025-01-01T02:00:00Z", region: eu-west-1 }
                settings: { timeout: 10000, strict: true }
                assertions: { outputMatching: exact, pathMatching: includes }
                testCases:
                  - name: declined
                    input: {}
                    expectedOutput: null
                    expectedPath: [[Validate, Charge], [NotifyDecline]]
                    expectedError: PaymentError
                    executionContext: { name: exec-42 }
                    mockOverrides:
                      - { state: Charge, type: error, error: { type: PaymentError, cause: declined } }
                    stateExpectations:
                      - { state: "Map[2].Inner", output: { a: 1 }, outputMatching: exact, variables: { total: 40 } }
                    mapExpectations:
                      - state: ProcessItems
                        iterationCount: 3
                        iterationPaths: { pathMatching: includes, all: [A], samples: { 0: [A, B] } }
                    parallelExpectations:
                      - { state: Fanout, branchCount: 2, branchPaths: { pathMatching: sequence, 0: [A1], 1: [B1] } }
                  - name: skipped
                    input: 5
                    skip: true
                """);
        assertThat(suite.stateMachine().orElseThrow().value()).isEqualTo("order-flow");
        assertThat(suite.settings()).isEqualTo(new Settings(Optional.of(10000L), false, false, false, true));
        assertThat(suite.assertions()).isEqualTo(new Assertions(Matching.EXACT, PathMatching.INCLUDES,
                Matching.PARTIAL));
        TestCase c = suite.testCases().get(0);
        assertThat(c.location().line()).isEqualTo(7);
        assertThat(c.expectedOutput()).hasValueSatisfying(v -> assertThat(v.isNull()).isTrue());
        assertThat(c.expectedPath()).contains(new ExpectedPath(List.of(List.of("Validate", "Charge"),
                List.of("NotifyDecline")), true));
        assertThat(c.expectedError()).contains(new ExpectedError(Optional.of("PaymentError"), Optional.empty(),
                Optional.empty(), true));
        assertThat(c.mockOverrides()).singleElement().isInstanceOf(MockSpec.Error.class);
        assertThat(c.stateExpectations().get(0).variables().orElseThrow()).containsKey("total");
        assertThat(c.mapExpectations().get(0).iterationPaths().orElseThrow().samples()).containsKey(0);
        assertThat(c.parallelExpectations().get(0).branchPaths().orElseThrow().branches()).containsKeys(0, 1);
        assertThat(ExecutionContextSpec.merge(ExecutionContextSpec.EMPTY, suite.executionContext(),
                c.executionContext())).isEqualTo(new ExecutionContextSpec(Optional.of("exec-42"),
                Optional.of("2025-01-01T02:00:00Z"), Optional.empty(), Optional.empty(), Optional.of("eu-west-1")));
        assertThat(suite.casesToRun()).extracting(TestCase::name).containsExactly("declined");
    }

    @Test
    void acceptsExpectedErrorAsAnObjectAndASinglePath() throws IOException {
        TestCase c = load("s.yaml", """
                version: "1.0"
                name: s
                testCases:
                  - { name: a, input: {}, expectedPath: [A, B], expectedError: { type: E, cause: c } }
                """).testCases().get(0);
        assertThat(c.expectedPath()).contains(new ExpectedPath(List.of(List.of("A", "B")), false));
        assertThat(c.expectedError()).contains(new ExpectedError(Optional.of("E"), Optional.of("c"),
                Optional.empty(), false));
    }

    @Test
    void onlyCasesRunWhenAnyCaseSaysOnly() throws IOException {
        TestSuite suite = load("s.yaml", """
                version: "1.0"
                name: s
                testCases:
                  - { name: a, input: {} }
                  - { name: b, input: {}, only: true }
                """);
        assertThat(suite.casesToRun()).extracting(TestCase::name).containsExactly("b");
        assertThat(suite.isSkipped(suite.testCases().get(0))).isTrue();
    }

    @Test
    void reportsEveryProblemInTheFileAtOnce() {
        assertThat(problemsOf("""
                version: "1.0"
                name: s
                setings: { timeout: 5 }
                assertions: { outputMatching: parital }
                testCases:
                  - name: a
                    input: {}
                    expectedOuput: { x: 1 }
                    timeout: soon
                  - name: a
                    expectedPath: [A, [B]]
                    mockOverrides:
                      - { state: X, type: fixd }
                """)).isEqualTo("""
                suite.yaml:3:1: unknown key 'setings' at the top level; did you mean 'settings'?
                suite.yaml:4:31: assertions.outputMatching must be one of exact, partial, not 'parital'; \
                did you mean 'partial'?
                suite.yaml:8:5: unknown key 'expectedOuput' in testCases[0]; did you mean 'expectedOutput'?
                suite.yaml:9:14: testCases[0].timeout must be a number of milliseconds (0 or more), not the string \
                "soon"
                suite.yaml:10:5: missing required key 'input' in testCases[1]
                suite.yaml:11:23: testCases[1].expectedPath[1] must be a string, not a list
                suite.yaml:13:27: testCases[1].mockOverrides[0].type must be one of fixed, conditional, stateful, \
                error, itemReader, not 'fixd'; did you mean 'fixed'?""".replace("\\\n", ""));
    }

    @Test
    void rejectsMissingRequiredTopLevelKeys() {
        assertThat(problemsOf("description: x\n")).isEqualTo("""
                suite.yaml:1:1: missing required key 'version'
                suite.yaml:1:1: missing required key 'name'
                suite.yaml:1:1: missing required key 'testCases'""");
    }

    @Test
    void reportsAMissingSuiteFileWithoutAStackTrace() {
        assertThatThrownBy(() -> SuiteLoader.load(dir.resolve("nope.yaml"), ProjectConfig.none(dir)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("nope.yaml: file not found (looked for " + dir.resolve("nope.yaml"));
    }
}

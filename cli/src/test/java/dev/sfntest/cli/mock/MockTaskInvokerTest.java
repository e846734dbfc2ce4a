package dev.sfntest.cli.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import dev.sfntest.engine.spi.RandomSource;
import dev.sfntest.engine.spi.TaskInvocation;
import dev.sfntest.engine.spi.TaskOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockTaskInvokerTest {
    @TempDir
    Path dir;

    private MockFile mocks(String yaml) throws IOException {
        Path file = dir.resolve("m.mock.yaml");
        Files.writeString(file, yaml);
        return MockLoader.load(file, ProjectConfig.none(dir));
    }

    private static TaskInvocation call(String state, String input) throws IOException {
        return new TaskInvocation(state, state, "arn:aws:states:::lambda:invoke", Json.parse(input),
                Json.NODES.objectNode(), 0);
    }

    private static MockTaskInvoker invoker(MockFile file) {
        return MockTaskInvoker.forCase(file, List.of(), RandomSource.seeded(1), false);
    }

    private static String result(TaskOutcome outcome) {
        return outcome instanceof TaskOutcome.Success s ? Json.write(s.result())
                : "FAIL " + ((TaskOutcome.Failure) outcome).error() + ": " + ((TaskOutcome.Failure) outcome).cause();
    }

    @Test
    void conditionalMatchesPartiallyAndRecursivelyWithArraysElementWise() throws IOException {
        MockTaskInvoker invoker = invoker(mocks("""
                version: "1.0"
                mocks:
                  - state: Pay
                    type: conditional
                    conditions:
                      - when: { input: { Payload: { amount: 500, tags: [{ k: a }] } } }
                        response: { r: small }
                      - when: { input: { Payload: { amount: 9 } } }
                        error: { type: Denied, cause: too poor }
                      - default: { r: other }
                """));
        assertThat(result(invoker.invoke(call("Pay", "{\"Payload\":{\"amount\":500.0,\"x\":1,\"tags\":[{\"k\":\"a\",\"v\":2}]}}"))))
                .isEqualTo("{\"r\":\"small\"}");
        assertThat(result(invoker.invoke(call("Pay", "{\"Payload\":{\"amount\":9}}")))).isEqualTo("FAIL Denied: too poor");
        assertThat(result(invoker.invoke(call("Pay", "{\"Payload\":{\"amount\":500,\"tags\":[]}}"))))
                .isEqualTo("{\"r\":\"other\"}");
    }

    @Test
    void conditionalWithoutMatchOrDefaultFailsNamingStateAndInput() throws IOException {
        MockTaskInvoker invoker = invoker(mocks("""
                version: "1.0"
                mocks:
                  - { state: Pay, type: conditional, conditions: [ { when: { input: { a: 1 } }, response: {} } ] }
                """));
        assertThat(result(invoker.invoke(call("Pay", "{\"a\":2}")))).isEqualTo("FAIL SfnTest.NoMatchingCondition: "
                + "no condition of the conditional mock for state 'Pay' matches its input {\"a\":2}, and it has no "
                + "default");
        assertThat(invoker.mockFailures()).hasSize(1);
    }

    @Test
    void statefulWrapsAroundFailsOnErrorEntriesAndStartsAgainForEachCase() throws IOException {
        MockFile file = mocks("""
                version: "1.0"
                mocks:
                  - state: T
                    type: stateful
                    delay: 250
                    responses:
                      - error: { type: Lambda.ServiceException, cause: boom }
                      - { ok: 1 }
                """);
        MockTaskInvoker first = invoker(file);
        TaskOutcome failed = first.invoke(call("T", "{}"));
        assertThat(result(failed)).isEqualTo("FAIL Lambda.ServiceException: boom");
        assertThat(failed.durationMillis()).isEqualTo(250);
        assertThat(result(first.invoke(call("T", "{}")))).isEqualTo("{\"ok\":1}");
        assertThat(result(first.invoke(call("T", "{}")))).startsWith("FAIL");
        assertThat(result(invoker(file).invoke(call("T", "{}")))).startsWith("FAIL");
    }

    @Test
    void errorMockWithProbabilityFailsASeededReproducibleFraction() throws IOException {
        MockFile file = mocks("""
                version: "1.0"
                mocks:
                  - { state: E, type: error, probability: 0.5, error: { type: Flaky } }
                """);
        List<String> run1 = new java.util.ArrayList<>();
        List<String> run2 = new java.util.ArrayList<>();
        MockTaskInvoker a = invoker(file);
        MockTaskInvoker b = invoker(file);
        for (int i = 0; i < 20; i++) {
            run1.add(result(a.invoke(call("E", "{}"))));
            run2.add(result(b.invoke(call("E", "{}"))));
        }
        assertThat(run1).isEqualTo(run2).contains("FAIL Flaky: null", "{}");
    }

    @Test
    void unmockedTasksReturnTheirInputWrappedForLambdaInvokeAndAreListed() throws IOException {
        MockTaskInvoker invoker = invoker(mocks("version: \"1.0\"\nmocks: []\n"));
        assertThat(result(invoker.invoke(call("L", "{\"a\":1}")))).isEqualTo("{\"Payload\":{\"a\":1}}");
        TaskInvocation sns = new TaskInvocation("N", "N", "arn:aws:states:::sns:publish", Json.parse("[1]"),
                Json.NODES.objectNode(), 0);
        assertThat(result(invoker.invoke(sns))).isEqualTo("[1]");
        assertThat(invoker.unmockedStates()).containsExactly("L", "N");
    }

    @Test
    void unmockedTasksFailInStrictMode() throws IOException {
        MockTaskInvoker invoker = MockTaskInvoker.forCase(mocks("version: \"1.0\"\nmocks: []\n"), List.of(),
                RandomSource.seeded(1), true);
        assertThat(result(invoker.invoke(call("L", "{}"))))
                .isEqualTo("FAIL SfnTest.NoMock: no mock for task state 'L' (strict mode)");
    }

    @Test
    void overridesReplaceTheBaseMockOfTheSameState() throws IOException {
        MockFile base = mocks("""
                version: "1.0"
                mocks:
                  - { state: A, type: fixed, response: base }
                  - { state: B, type: fixed, response: base }
                """);
        MockSpec override = new MockSpec.Fixed("A", Json.NODES.textNode("override"), 0, base.mocks().get(0).location());
        MockTaskInvoker invoker = MockTaskInvoker.forCase(base, List.of(override), RandomSource.seeded(1), false);
        assertThat(result(invoker.invoke(call("A", "{}")))).isEqualTo("\"override\"");
        assertThat(result(invoker.invoke(call("B", "{}")))).isEqualTo("\"base\"");
    }

    @Test
    void readsResponseFilesAndServesItemDataLazilyFromFiles() throws IOException {
        Files.writeString(dir.resolve("resp.json"), "{\"from\":\"file\"}");
        Files.writeString(dir.resolve("items.csv"), "id,name\n1,a\n");
        MockFile file = mocks("""
                version: "1.0"
                mocks:
                  - { state: F, type: fixed, responseFile: ./resp.json }
                  - { state: M, type: itemReader, dataFile: ./items.csv }
                  - { state: I, type: itemReader, data: [1, 2] }
                """);
        assertThat(result(invoker(file).invoke(call("F", "{}")))).isEqualTo("{\"from\":\"file\"}");
        MockItemSource source = new MockItemSource(MockSet.of(file, List.of()));
        ItemData.Bytes bytes = (ItemData.Bytes) source.open(request("M")).orElseThrow();
        assertThat(bytes.format()).isEqualTo("csv");
        try (InputStream in = bytes.bytes().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("id,name");
        }
        assertThat(source.open(request("I"))).contains(new ItemData.Items(List.of(Json.NODES.numberNode(1),
                Json.NODES.numberNode(2))));
        assertThat(source.open(request("Other"))).isEmpty();
    }

    private static ItemRequest request(String state) {
        return new ItemRequest(state, state, "arn:aws:states:::s3:getObject", Json.NODES.objectNode(), "CSV");
    }

    @Test
    void choiceMocksWithNextForceTheTransition() throws IOException {
        MockFile file = mocks("""
                version: "1.0"
                mocks:
                  - { state: Loop, type: fixed, response: { Next: Done } }
                  - { state: Other, type: fixed, response: { x: 1 } }
                """);
        ChoiceOverrides overrides = new ChoiceOverrides(MockSet.of(file, List.of()));
        assertThat(overrides.nextFor("Loop")).contains("Done");
        assertThat(overrides.nextFor("Other")).isEmpty();
    }

    @Test
    void namesMockedStatesThatTheStateMachineDoesNotHave() throws IOException {
        MockFile file = mocks("""
                version: "1.0"
                mocks:
                  - { state: Chrage, type: fixed, response: {} }
                """);
        assertThat(file.unknownStates(Set.of("Charge", "Validate"))).extracting(Problem::render)
                .containsExactly(dir.resolve("m.mock.yaml") + ":3:5: mock names state 'Chrage' which is not in the "
                        + "state machine; its states are: Charge, Validate; did you mean 'Charge'?");
    }

    @Test
    void reportsEveryProblemOfAMockFileAtOnce() {
        InputException e = (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> mocks("""
                version: "1.0"
                mocks:
                  - { state: A, type: fixed, respone: {} }
                  - { state: B, type: error, error: { type: X }, probability: 2 }
                  - { state: C, type: fixed, responseFile: missing.json }
                """));
        assertThat(e.getMessage().replace(dir.toString(), "D")).isEqualTo("""
                D/m.mock.yaml:3:30: unknown key 'respone' in mocks[0]; did you mean 'response'?
                D/m.mock.yaml:3:5: a fixed mock needs 'response' or 'responseFile' in mocks[0]
                D/m.mock.yaml:4:63: mocks[1].probability must be between 0 and 1, not 2
                D/m.mock.yaml:5:44: file 'missing.json' not found; looked for \
                D/sfn-test/test-data/missing.json, D/missing.json""".replace("\\\n", ""));
    }

    @SuppressWarnings("unused")
    private static JsonNode json(String s) throws IOException {
        return Json.parse(s);
    }
}

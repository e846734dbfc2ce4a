package dev.sfntest.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cli.command.ExitCodes;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.cli.mock.MockFile;
import dev.sfntest.cli.mock.MockLoader;
import dev.sfntest.cli.mock.MockSet;
import dev.sfntest.cli.mock.MockTaskInvoker;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Located;
import dev.sfntest.cli.yaml.Location;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.expr.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code sfn-test run --asl FILE [--mock FILE] --input JSON}: one execution, its result printed as JSON
 * ({@code status}, {@code output} or {@code error}/{@code cause}, {@code path}); exit 0 when it succeeded, 1 when not.
 */
public final class SingleExecution {
    private final RunOptions options;
    private final PrintWriter out;
    private final String stateMachineName;

    public SingleExecution(RunOptions options, PrintWriter out, String stateMachineName) {
        this.options = options;
        this.out = out;
        this.stateMachineName = stateMachineName;
    }

    /** An execution and the mocks it ran with (which know the unmocked tasks and the warnings). */
    record Outcome(ExecutionResult result, MockedExecution mocked) {}

    /** Runs {@code asl} once on {@code mocks}, with the config's execution context; throws InputException on bad files. */
    static Outcome execute(ProjectConfig config, Path asl, String name, MockFile mocks, JsonNode input, boolean strict) {
        WorkflowLoader.LoadedWorkflow workflow = new WorkflowLoader().load(asl);
        MockedExecution mocked = new MockedExecution(MockSet.of(mocks, List.of()), config, input,
                ContextSettings.of(config.executionContext(), name, Instant.now()), 0L, strict);
        return new Outcome(Engine.execute(workflow.machine(), mocked.request), mocked);
    }

    /** The result of running {@code asl} once on {@code mocks} (for starter suites: what the workflow does today). */
    public static ExecutionResult record(ProjectConfig config, Path asl, String name, MockFile mocks, JsonNode input) {
        return execute(config, asl, name, mocks, input, false).result();
    }

    public int run(String inputText) throws Exception {
        JsonNode input;
        try {
            com.fasterxml.jackson.core.JsonParser parser = Json.MAPPER.createParser(inputText);
            input = parser.readValueAsTree();
            if (input != null && parser.nextToken() != null) {
                var at = parser.currentTokenLocation();
                throw new UserInputException("sfn-test: --input holds more than one JSON value (the next starts at line "
                        + at.getLineNr() + ", column " + at.getColumnNr() + "); pass one value, e.g. "
                        + "--input '{\"orderId\": 1}'.");
            }
            if (input == null || input.isMissingNode()) {
                throw new UserInputException("sfn-test: --input is empty; pass the input as one JSON value, e.g. "
                        + "--input '{\"orderId\": 1}' (or --input '{}').");
            }
        } catch (java.io.IOException e) {
            var at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getLocation() : null;
            throw new UserInputException("sfn-test: --input is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage()) + "; pass the input as one JSON value, e.g. --input '{\"orderId\": 1}'.");
        }
        try {
            ProjectConfig config = options.configFor(options.cwd());
            Path asl;
            String name;
            if (options.asl().isPresent()) {
                asl = options.asl().get();
                name = SuitePlanner.baseName(asl);
            } else if (stateMachineName != null) {
                StateMachineConfig sm = config.resolveStateMachine(new Located<>(stateMachineName,
                        Location.of(Path.of("--name"))), options.cwd());
                asl = SuitePlanner.definitionFile(sm, config);
                name = sm.name();
            } else {
                throw new UserInputException("sfn-test: --input needs --asl FILE or --name STATE_MACHINE.");
            }
            MockFile mocks = options.mock().map(m -> MockLoader.load(m, config))
                    .or(() -> config.defaultMock(name).map(p -> MockLoader.load(p, config)))
                    .orElseGet(MockFile::none);
            Outcome outcome = execute(config, asl, name, mocks, input, options.strict());
            ExecutionResult result = outcome.result();
            MockedExecution mocked = outcome.mocked();
            MockTaskInvoker invoker = mocked.invoker;
            ObjectNode report = Json.NODES.objectNode();
            report.put("status", result.status().name());
            if (result.succeeded()) report.set("output", result.output());
            else {
                report.put("error", result.error());
                if (result.cause() != null) report.put("cause", result.cause());
            }
            var path = report.putArray("path");
            result.path().forEach(path::add);
            if (!invoker.unmockedStates().isEmpty()) {
                var w = report.putArray("unmockedTasks");
                invoker.unmockedStates().forEach(w::add);
            }
            if (!mocked.warnings.isEmpty()) {
                var w = report.putArray("warnings");
                mocked.warnings.forEach(w::add);
            }
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            out.flush();
            return result.succeeded() ? ExitCodes.PASSED : ExitCodes.TEST_FAILED;
        } catch (InputException e) {
            throw new UserInputException(SuitePlanner.render(e.problems()));
        }
    }
}

package dev.sfntest.cli.init;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.cli.mock.MockLoader;
import dev.sfntest.cli.run.SingleExecution;
import dev.sfntest.cli.run.WorkflowLoader;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.model.TaskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A starter mock and test suite for one state machine: one fixed mock per Task state (an empty ItemReader for a
 * Distributed Map), and one test case whose expectations are recorded from a run on those mocks — so the new
 * project passes from the start and shows the format with the workflow's own state names. Existing files are kept.
 */
final class StarterFiles {
    private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    private static final int MAX_RECORDED_PATH = 50;

    private StarterFiles() {}

    /** Writes what is missing; returns the files written. */
    static List<Path> write(StateMachineConfig sm, Path asl, ProjectConfig config) throws IOException {
        List<Path> written = new ArrayList<>();
        Path mockFile = config.paths().mocks().resolve(sm.name() + ".mock.yaml");
        Path suiteFile = config.paths().testSuites().resolve(sm.name() + ".test.yaml");
        if (!Files.exists(mockFile)) {
            Files.createDirectories(mockFile.getParent());
            Files.writeString(mockFile, mockYaml(sm.name(), new WorkflowLoader().load(asl).machine()));
            written.add(mockFile);
        }
        if (!Files.exists(suiteFile)) {
            ExecutionResult result = SingleExecution.record(config, asl, sm.name(), MockLoader.load(mockFile, config),
                    Json.NODES.objectNode());
            Files.createDirectories(suiteFile.getParent());
            Files.writeString(suiteFile, suiteYaml(sm.name(), result));
            written.add(suiteFile);
        }
        return written;
    }

    static String mockYaml(String name, StateMachine machine) {
        StringBuilder yaml = new StringBuilder("# Starter mocks for " + name + ", written by 'sfn-test init': one fixed "
                + "response per Task state.\n# Replace them with what the services really return (types: fixed, "
                + "conditional, stateful, error, itemReader).\nversion: \"1.0\"\nmocks:");
        List<State> mocked = new ArrayList<>();
        collect(machine, mocked);
        if (mocked.isEmpty()) return yaml.append(" []\n").toString();
        yaml.append('\n');
        for (State s : mocked) {
            yaml.append("  - state: ").append(quoted(s.name())).append('\n');
            if (s instanceof MapState) {
                yaml.append("    type: itemReader\n    data: []\n");
            } else {
                boolean lambda = ((TaskState) s).resource().startsWith(LAMBDA_INVOKE);
                yaml.append("    type: fixed\n    response: ").append(lambda ? "{ Payload: {}, StatusCode: 200 }" : "{}")
                        .append('\n');
            }
        }
        return yaml.toString();
    }

    /** Task states, and Maps that read their items with an ItemReader, at every depth, in definition order. */
    private static void collect(StateMachine machine, List<State> into) {
        for (State s : machine.states().values()) {
            if (s instanceof TaskState) into.add(s);
            if (s instanceof MapState map) {
                if (map.itemReader() != null) into.add(s);
                collect(map.processor(), into);
            }
            if (s instanceof ParallelState parallel) parallel.branches().forEach(b -> collect(b, into));
        }
    }

    static String suiteYaml(String name, ExecutionResult result) {
        StringBuilder yaml = new StringBuilder("# Starter suite for " + name + ", written by 'sfn-test init' from one "
                + "run on the starter mocks:\n# it records what the workflow does today. Edit the input, the mocks and "
                + "the expectations to say what it should do.\nversion: \"1.0\"\nname: " + quoted(name)
                + "\nstateMachine: " + quoted(name) + "\nbaseMock: " + quoted(name) + "\ntestCases:\n  - name: runs on the starter mocks\n"
                + "    input: {}\n");
        // A path of thousands of states (a loop) says nothing a reader can check; the outcome below still does.
        if (result.path().size() <= MAX_RECORDED_PATH) {
            yaml.append("    expectedPath: ").append(Json.write(pathOf(result))).append('\n');
        }
        if (result.succeeded()) {
            yaml.append("    expectedOutput: ").append(Json.write(result.output() == null ? NullNode.instance : result.output()))
                    .append('\n');
        } else if (result.error() != null) {
            yaml.append("    expectedError: ").append(quoted(result.error())).append('\n');
        } else {
            // A Fail state without an Error fails with no error name, which expectedError cannot state.
            yaml.append("    skip: true   # the execution failed without an error name; describe what it should do\n");
        }
        return yaml.toString();
    }

    /** A YAML double-quoted scalar: JSON's string syntax is YAML's, so any state name survives. */
    private static String quoted(String text) {
        return Json.write(Json.NODES.textNode(text));
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode pathOf(ExecutionResult result) {
        var path = Json.NODES.arrayNode();
        result.path().forEach(path::add);
        return path;
    }
}

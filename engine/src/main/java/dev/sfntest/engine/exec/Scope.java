package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.time.VirtualClock;

/**
 * Where a sub-workflow runs: its execution, variables, virtual clock and position (for names such as
 * {@code Map[2].Inner}).
 */
final class Scope {
    final Execution execution;
    final VariableScope variables;
    final VirtualClock clock;
    final String pathPrefix;

    Scope(Execution execution, VariableScope variables, VirtualClock clock, String pathPrefix) {
        this.execution = execution;
        this.variables = variables;
        this.clock = clock;
        this.pathPrefix = pathPrefix;
    }

    /** A scope for a branch or iteration: child variables, its own clock, a longer path. */
    Scope nested(String segment, VirtualClock branchClock) {
        return new Scope(execution, variables.child(), branchClock, pathPrefix + segment + ".");
    }

    /** The evaluation context for a state entered at {@code enteredMillis}, reading {@code input}. */
    EvaluationContext context(JsonNode input, String stateName, long enteredMillis, int retryCount) {
        return new EvaluationContext(input, () -> contextObject(stateName, enteredMillis, retryCount, null),
                variables, null, null, execution.random, clock);
    }

    ObjectNode contextObject(String stateName, long enteredMillis, int retryCount, ObjectNode mapItem) {
        ObjectNode root = Json.NODES.objectNode();
        root.set("Execution", execution.executionContext());
        ObjectNode sm = root.putObject("StateMachine");
        sm.put("Id", execution.stateMachineArn);
        sm.put("Name", execution.stateMachineName);
        ObjectNode state = root.putObject("State");
        state.put("EnteredTime", Execution.timestamp(enteredMillis));
        state.put("Name", stateName);
        state.put("RetryCount", retryCount);
        if (mapItem != null) root.putObject("Map").set("Item", mapItem);
        return root;
    }
}

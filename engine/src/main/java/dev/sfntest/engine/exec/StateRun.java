package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.model.State;
import java.util.ArrayList;
import java.util.List;

/** One entry into one state: what executors need to know about where and when it happens. */
final class StateRun {
    final Interpreter interpreter;
    final Scope scope;
    final State state;
    final JsonNode input;
    final long enteredEventId;
    final long enteredMillis;
    final String statePath;
    final List<Run> runs = new ArrayList<>();
    int retryCount;

    StateRun(Interpreter interpreter, Scope scope, State state, JsonNode input, long enteredEventId, long enteredMillis) {
        this.interpreter = interpreter;
        this.scope = scope;
        this.state = state;
        this.input = input;
        this.enteredEventId = enteredEventId;
        this.enteredMillis = enteredMillis;
        this.statePath = scope.pathPrefix + state.name();
    }

    /** An evaluation context whose {@code $} / {@code $states.input} is {@code reading}. */
    EvaluationContext context(JsonNode reading) {
        return scope.context(reading, state.name(), enteredMillis, retryCount);
    }

    /** Builds the context object as it is now (this retry count), whenever the supplier is asked. */
    java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> contextObjectSupplier() {
        int retries = retryCount;
        return () -> scope.contextObject(state.name(), enteredMillis, retries, null);
    }

    String name() {
        return state.name();
    }

    History history() {
        return scope.execution.history;
    }

    long now() {
        return scope.clock.millis();
    }

    /** Where the workflow goes after this state when it completes normally. */
    String next() {
        return state.common().end() ? null : state.common().next();
    }
}

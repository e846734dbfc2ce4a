package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.ExecutionContextSettings;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import java.time.Instant;

/**
 * The state of one execution (the top-level one or a Distributed Map child): its request, identity, history
 * and random source. Not shared between threads.
 */
final class Execution {
    final ExecutionRequest request;
    final History history;
    final RandomSource random;
    final JsonNode input;
    final String executionArn;
    final String executionName;
    final String stateMachineArn;
    final String stateMachineName;
    final long startMillis;
    private ObjectNode executionContext;

    Execution(ExecutionRequest request, JsonNode input, String executionArn, String executionName,
              String stateMachineArn, String stateMachineName, long startMillis, RandomSource random) {
        this.request = request;
        this.history = new History(request.maxHistoryEvents());
        this.random = random;
        this.input = input;
        this.executionArn = executionArn;
        this.executionName = executionName;
        this.stateMachineArn = stateMachineArn;
        this.stateMachineName = stateMachineName;
        this.startMillis = startMillis;
    }

    static Execution top(ExecutionRequest request) {
        ExecutionContextSettings c = request.context();
        return new Execution(request, request.input(), c.executionArn(), c.executionName(), c.stateMachineArn(),
                c.stateMachineName(), c.startTime().toEpochMilli(), RandomSource.seeded(request.seed()));
    }

    /** {@code $$.Execution} (built once per execution). */
    ObjectNode executionContext() {
        if (executionContext == null) {
            ObjectNode e = Json.NODES.objectNode();
            e.put("Id", executionArn);
            e.set("Input", input);
            e.put("StartTime", timestamp(startMillis));
            e.put("Name", executionName);
            e.put("RoleArn", request.context().roleArn());
            e.put("RedriveCount", 0);
            executionContext = e;
        }
        return executionContext;
    }

    /** Timestamps as AWS prints them in the context object: ISO-8601 with milliseconds, UTC. */
    static String timestamp(long millis) {
        String s = Instant.ofEpochMilli(millis).toString();
        // Instant.toString drops zero millis ("…:00Z"); AWS always prints three digits.
        if (s.length() == 20) return s.substring(0, 19) + ".000Z";
        return s;
    }
}

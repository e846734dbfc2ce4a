package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What an execution did: its status, output or error, the top-level states entered and the AWS-shaped history.
 *
 * @param output  the execution output when it succeeded, else null
 * @param error   the error name when it failed (null for a Fail state without Error), else null
 * @param cause   the cause when it failed (may be null even then)
 * @param visits  the top-level states entered, in order, with nested runs for Map and Parallel
 * @param history every event, as GetExecutionHistory would list them
 */
public record ExecutionResult(Status status, JsonNode output, String error, String cause, List<StateVisit> visits,
                              List<HistoryEvent> history, Instant startTime, Instant stopTime) {

    public enum Status { SUCCEEDED, FAILED, TIMED_OUT }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /** The names of the top-level states entered, in order. */
    public List<String> path() {
        return visits.stream().map(StateVisit::name).toList();
    }
}

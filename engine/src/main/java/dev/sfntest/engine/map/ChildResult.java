package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What one child workflow execution of a Map Run ended with, for {@link ResultWriterOutput}.
 *
 * @param status  SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * @param output  the execution output (SUCCEEDED), else null
 * @param error   the error name (FAILED, TIMED_OUT, ABORTED), else null
 * @param cause   the cause, may be null
 */
public record ChildResult(String executionArn, String name, String stateMachineArn, String status,
                          JsonNode input, JsonNode output, String error, String cause,
                          Instant startDate, Instant stopDate) {

    public boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }
}

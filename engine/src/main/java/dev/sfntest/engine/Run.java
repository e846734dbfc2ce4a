package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One run of a sub-workflow: a Map iteration, a Distributed Map child execution (or batch), a Parallel branch,
 * or the top-level execution itself.
 *
 * @param visits  the states entered, in order
 * @param output  the run's output when it succeeded
 * @param failed  whether the run failed; kept apart from {@code error} because a Fail state without Error (or
 *                Error evaluating to null) fails with no error name: AWS records such an execution as FAILED with
 *                neither error nor cause (corpus {@code scenarios/test_base_scenarios.test_map_state_catch_empty_fail},
 *                {@code error_handling/test_aws_sdk.test_s3_no_such_key})
 * @param error   the error when it failed (may be null even then), else null
 * @param cause   the cause when it failed (may be null even then), else null
 * @param history the run's own history (Distributed Map child executions only), else an empty list
 */
public record Run(List<StateVisit> visits, JsonNode output, boolean failed, String error, String cause,
                  List<HistoryEvent> history) {

    /** A run that ended normally with {@code output}. */
    public static Run success(List<StateVisit> visits, JsonNode output) {
        return new Run(visits, output, false, null, null, List.of());
    }

    /** A run that failed; {@code error} and {@code cause} may be null (an empty Fail state). */
    public static Run failure(List<StateVisit> visits, String error, String cause) {
        return new Run(visits, null, true, error, cause, List.of());
    }

    /** This run with the history of the child execution it was. */
    public Run withHistory(List<HistoryEvent> childHistory) {
        return new Run(visits, output, failed, error, cause, childHistory);
    }

    public boolean succeeded() {
        return !failed;
    }

    /** The names of the states entered, in order. */
    public List<String> path() {
        return visits.stream().map(StateVisit::name).toList();
    }
}

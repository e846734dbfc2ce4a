package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One run of a sub-workflow: a Map iteration, a Distributed Map child execution (or batch), a Parallel branch,
 * or the top-level execution itself.
 *
 * @param visits  the states entered, in order
 * @param output  the run's output when it succeeded
 * @param error   the error when it failed, else null
 * @param history the run's own history (Distributed Map child executions only), else an empty list
 */
public record Run(List<StateVisit> visits, JsonNode output, String error, String cause, List<HistoryEvent> history) {

    public boolean succeeded() {
        return error == null;
    }

    /** The names of the states entered, in order. */
    public List<String> path() {
        return visits.stream().map(StateVisit::name).toList();
    }
}

package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.HistoryEvent;
import dev.sfntest.engine.error.Causes;
import java.util.ArrayList;
import java.util.List;

/**
 * The event history of one execution. Ids run from 1 as on AWS; going past the limit raises the terminal
 * States.Runtime error AWS raises at 25,000 events, which is also what stops runaway loops.
 */
final class History {
    private final List<HistoryEvent> events = new ArrayList<>();
    private final int limit;
    private long lastId;

    History(int limit) {
        this.limit = limit;
    }

    /** Appends an event chained to the previous one and returns its id. */
    long add(String type, long timestamp, String stateName, JsonNode payload) {
        return add(type, timestamp, stateName, payload, null, null, null, null, null);
    }

    long add(String type, long timestamp, String stateName, JsonNode payload, String resource, String error,
             String cause, Integer index, ObjectNode assigned) {
        if (events.size() >= limit) throw Causes.historyLimit(limit);
        long id = ++lastId;
        events.add(new HistoryEvent(id, id - 1, type, timestamp, stateName, payload, resource, error, cause, index, assigned));
        return id;
    }

    /** Adds a closing event even past the limit (ExecutionFailed must always be recorded). */
    void close(String type, long timestamp, JsonNode output, String error, String cause) {
        long id = ++lastId;
        events.add(new HistoryEvent(id, id - 1, type, timestamp, null, output, null, error, cause, null, null));
    }

    List<HistoryEvent> events() {
        return events;
    }
}

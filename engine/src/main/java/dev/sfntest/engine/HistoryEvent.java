package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.time.Instant;

/**
 * One event of an execution's history, shaped like AWS GetExecutionHistory (type names, ids, previousEventId).
 * Details are kept as fields and rendered to AWS's JSON only when asked, because most runs never look.
 *
 * @param payload input (…Entered, TaskScheduled parameters), output (…Exited, …Succeeded) or null
 */
public record HistoryEvent(long id, long previousEventId, String type, long timestampMillis, String stateName,
                           JsonNode payload, String resource, String error, String cause, Integer index,
                           ObjectNode assignedVariables) {

    /** The event as AWS's GetExecutionHistory prints it. */
    public ObjectNode toJson() {
        ObjectNode e = Json.NODES.objectNode();
        e.put("id", id);
        e.put("previousEventId", previousEventId);
        e.put("timestamp", Instant.ofEpochMilli(timestampMillis).toString());
        e.put("type", type);
        ObjectNode d = Json.NODES.objectNode();
        if (stateName != null) d.put("name", stateName);
        if (resource != null) d.put("resource", resource);
        if (index != null) d.put("index", index);
        if (error != null) d.put("error", error);
        if (cause != null) d.put("cause", cause);
        if (payload != null) {
            String key = type.endsWith("Entered") || type.endsWith("Started") && type.startsWith("Execution") ? "input"
                    : type.equals("TaskScheduled") ? "parameters" : "output";
            d.put(key, Json.write(payload));
        }
        if (assignedVariables != null) {
            ObjectNode vars = d.putObject("assignedVariables");
            assignedVariables.fields().forEachRemaining(v -> vars.put(v.getKey(), Json.write(v.getValue())));
        }
        e.set(detailsKey(), d);
        return e;
    }

    private String detailsKey() {
        String t = type;
        if (t.endsWith("StateEntered")) return "stateEnteredEventDetails";
        if (t.endsWith("StateExited")) return "stateExitedEventDetails";
        return Character.toLowerCase(t.charAt(0)) + t.substring(1) + "EventDetails";
    }
}

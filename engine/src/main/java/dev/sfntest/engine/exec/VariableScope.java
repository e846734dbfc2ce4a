package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.expr.Variables;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Workflow variables of one scope. Map iterations and Parallel branches get a child scope: they read the outer
 * variables, and what they assign stays inside (AWS's scoping rule). Distributed Map children get a fresh root.
 */
final class VariableScope implements Variables {
    /**
     * AWS's limits on variables: a single variable's value, and all values of one Assign together, at most
     * 256 KiB of UTF-8 JSON text each ("Variable size limits" in
     * <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html">Passing data between
     * states with variables</a>).
     */
    static final int MAX_VARIABLE_BYTES = 256 * 1024;
    static final int MAX_ASSIGN_BYTES = 256 * 1024;

    private final VariableScope parent;
    private final Map<String, JsonNode> values = new HashMap<>();

    VariableScope(VariableScope parent) {
        this.parent = parent;
    }

    @Override
    public JsonNode get(String name) {
        for (VariableScope s = this; s != null; s = s.parent) {
            JsonNode v = s.values.get(name);
            if (v != null) return v;
        }
        return null;
    }

    /**
     * Fails with {@code States.DataLimitExceeded} when one assigned value, or all of a state's assignments
     * together, are over AWS's limits. Called before the assignments are committed, so nothing is half-assigned.
     */
    static void checkLimits(String stateName, ObjectNode assigned) {
        if (assigned == null || assigned.isEmpty()) return;
        long combined = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long size = PayloadSize.of(e.getValue(), MAX_VARIABLE_BYTES);
            if (size > MAX_VARIABLE_BYTES) throw Causes.variableTooLarge(stateName, e.getKey());
            combined += size;
        }
        // "Combined size of all variables" is read as the sum of the values' sizes, names not counted.
        if (combined > MAX_ASSIGN_BYTES) throw Causes.assignTooLarge(stateName);
    }

    /** Commits a state's assignments; all of them were evaluated against the values from before the state. */
    void assign(ObjectNode assigned) {
        assigned.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    }

    VariableScope child() {
        return new VariableScope(this);
    }
}

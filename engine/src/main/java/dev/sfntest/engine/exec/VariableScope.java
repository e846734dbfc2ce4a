package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Variables;
import java.util.HashMap;
import java.util.Map;

/**
 * Workflow variables of one scope. Map iterations and Parallel branches get a child scope: they read the outer
 * variables, and what they assign stays inside (AWS's scoping rule). Distributed Map children get a fresh root.
 */
final class VariableScope implements Variables {
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

    /** Commits a state's assignments; all of them were evaluated against the values from before the state. */
    void assign(ObjectNode assigned) {
        assigned.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    }

    VariableScope child() {
        return new VariableScope(this);
    }
}

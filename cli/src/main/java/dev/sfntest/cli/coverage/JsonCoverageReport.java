package dev.sfntest.cli.coverage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code coverage.json}: per state machine, the executions counted and their distinct top-level paths, states (covered, total, percent, the names never
 * entered, and how often each state was entered) and transitions (covered, total, percent, those never taken).
 */
public final class JsonCoverageReport {
    private JsonCoverageReport() {}

    public static ObjectNode render(List<MachineCoverage> machines) {
        ObjectNode root = Json.NODES.objectNode();
        ArrayNode list = root.putArray("stateMachines");
        for (MachineCoverage m : machines) {
            ObjectNode node = list.addObject();
            node.put("name", m.name());
            node.put("executions", m.executions());
            node.put("distinctPaths", m.distinctPaths());
            List<String> notEntered = m.statesNotEntered();
            ObjectNode states = node.putObject("states");
            summary(states, m.stateCount() - notEntered.size(), m.stateCount());
            notEntered.forEach(states.putArray("notEntered")::add);
            ObjectNode entries = states.putObject("entries");
            m.entries().forEach(entries::put);
            List<Transition> notTaken = m.transitionsNotTaken();
            ObjectNode transitions = node.putObject("transitions");
            summary(transitions, m.transitionCount() - notTaken.size(), m.transitionCount());
            ArrayNode missing = transitions.putArray("notTaken");
            for (Transition t : notTaken) {
                missing.addObject().put("from", t.from()).put("to", t.to()).put("via", t.via());
            }
        }
        return root;
    }

    private static void summary(ObjectNode node, int covered, int total) {
        node.put("covered", covered);
        node.put("total", total);
        node.put("percent", MachineCoverage.percent(covered, total));
    }
}

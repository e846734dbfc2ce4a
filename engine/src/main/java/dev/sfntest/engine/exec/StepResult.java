package dev.sfntest.engine.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one state produced.
 *
 * @param output   the state output
 * @param next     the next state, or null when the (sub-)workflow ends here
 * @param assigned the variables the state assigns (committed after the state), or null
 */
record StepResult(JsonNode output, String next, ObjectNode assigned) {}

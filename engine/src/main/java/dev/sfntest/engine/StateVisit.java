package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One entry into a state during an execution, as tests inspect it.
 *
 * @param input             the state's raw input (StateEntered)
 * @param output            the state's output (StateExited; for a caught error, the Catch result); null if it failed
 * @param assignedVariables the variables this state assigned (StateExited assignedVariables), or null
 * @param failed            whether the state failed without a Catch (its error may still be null: an empty Fail)
 * @param error             the error that ended the state without a Catch, or null
 * @param runs              Map iterations / child executions, or Parallel branches, in order; empty otherwise
 */
public record StateVisit(String name, String type, JsonNode input, JsonNode output, ObjectNode assignedVariables,
                         boolean failed, String error, String cause, List<Run> runs) {}

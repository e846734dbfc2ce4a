package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CloudFormation template as JSON (YAML short forms already turned into long forms).
 *
 * @param file the template file, to name in messages
 * @param root the whole template; {@code Resources} is known to be an object
 */
record Template(Path file, ObjectNode root) {
    static final String STATE_MACHINE_TYPE = "AWS::StepFunctions::StateMachine";

    ObjectNode resources() {
        return (ObjectNode) root.get("Resources");
    }

    Optional<JsonNode> resource(String logicalId) {
        return Optional.ofNullable(resources().get(logicalId)).filter(JsonNode::isObject);
    }

    /** The resource's {@code Type}, or empty text when it has none. */
    String type(String logicalId) {
        return resource(logicalId).map(r -> r.path("Type").asText("")).orElse("");
    }

    JsonNode properties(String logicalId) {
        return resource(logicalId).map(r -> r.path("Properties")).orElse(Json.NODES.missingNode());
    }

    /** A top-level section ({@code Parameters}, {@code Mappings}, {@code Conditions}), or an empty object. */
    JsonNode section(String name) {
        JsonNode section = root.get(name);
        return section != null && section.isObject() ? section : Json.NODES.objectNode();
    }

    /** Logical ids of every {@code AWS::StepFunctions::StateMachine}, in template order. */
    List<String> stateMachineIds() {
        List<String> ids = new ArrayList<>();
        resources().fieldNames().forEachRemaining(id -> {
            if (type(id).equals(STATE_MACHINE_TYPE)) ids.add(id);
        });
        return ids;
    }

    /** CDK names its templates {@code <stack>.template.json}; the stack name stands in for AWS::StackName. */
    String stackName() {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".template.json", ".template.yaml", ".template.yml", ".json", ".yaml", ".yml",
                ".template")) {
            if (name.endsWith(suffix)) return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }
}

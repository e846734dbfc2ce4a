package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.engine.expr.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Rebuilds the ASL definition of an {@code AWS::StepFunctions::StateMachine} resource as CloudFormation would:
 * {@code Definition} (an object) or {@code DefinitionString} (a string, often {@code Fn::Join} pieces from CDK),
 * intrinsic functions resolved, then the {@code DefinitionSubstitutions} applied to the text. See
 * <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html">
 * AWS::StepFunctions::StateMachine</a>.
 */
final class DefinitionBuilder {
    private DefinitionBuilder() {}

    static JsonNode build(Template template, String logicalId, IntrinsicResolver resolver) {
        String at = "Resources." + logicalId + ".Properties";
        JsonNode properties = template.properties(logicalId);
        String text;
        String source;
        if (properties.has("Definition")) {
            source = at + ".Definition";
            text = Json.write(resolver.resolve(properties.get("Definition"), source));
        } else if (properties.has("DefinitionString")) {
            source = at + ".DefinitionString";
            text = resolver.text(properties.get("DefinitionString"), source);
        } else if (properties.has("DefinitionS3Location")) {
            throw new UserInputException(template.file() + ": " + at + ".DefinitionS3Location: the definition of '"
                    + logicalId + "' is in S3, which sfn-test cannot read; save the definition as an .asl.json file "
                    + "and use it with 'type: asl' or --asl.");
        } else {
            throw new UserInputException(template.file() + ": " + at + ": state machine '" + logicalId
                    + "' has no Definition or DefinitionString.");
        }
        JsonNode substitutions = properties.path("DefinitionSubstitutions");
        if (substitutions.isObject()) {
            Map<String, String> values = new HashMap<>();
            substitutions.fields().forEachRemaining(e -> values.put(e.getKey(),
                    resolver.text(e.getValue(), at + ".DefinitionSubstitutions." + e.getKey())));
            text = Placeholders.replace(text, values::get);
        }
        return parse(template, source, text);
    }

    private static JsonNode parse(Template template, String source, String text) {
        JsonNode definition;
        try {
            definition = Json.parse(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new UserInputException(template.file() + ": " + source + ": the rebuilt definition is not valid "
                    + "JSON" + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr()
                    + " of the definition)") + ": " + e.getOriginalMessage());
        }
        if (!definition.isObject()) {
            throw new UserInputException(template.file() + ": " + source + ": the definition is not a JSON object.");
        }
        return definition;
    }
}

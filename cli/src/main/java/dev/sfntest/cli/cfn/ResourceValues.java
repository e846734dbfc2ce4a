package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code Ref} and {@code Fn::GetAtt} give for a resource, made up from its type and name as AWS would form
 * them (see the "Return values" section of each resource type in the
 * <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html">
 * resource type reference</a>): a Lambda function's ARN, an SQS queue's URL, a DynamoDB table's name.
 */
final class ResourceValues {
    /** ARN patterns that do not follow the generic {@code arn:aws:<service>:<region>:<account>:<type>/<name>}. */
    private static final Map<String, String> ARNS = Map.of(
            "AWS::Lambda::Function", "arn:{partition}:lambda:{region}:{account}:function:{name}",
            "AWS::SQS::Queue", "arn:{partition}:sqs:{region}:{account}:{name}",
            "AWS::SNS::Topic", "arn:{partition}:sns:{region}:{account}:{name}",
            "AWS::S3::Bucket", "arn:{partition}:s3:::{name}",
            "AWS::StepFunctions::StateMachine", "arn:{partition}:states:{region}:{account}:stateMachine:{name}",
            "AWS::StepFunctions::Activity", "arn:{partition}:states:{region}:{account}:activity:{name}",
            "AWS::IAM::Role", "arn:{partition}:iam::{account}:role/{name}",
            "AWS::Logs::LogGroup", "arn:{partition}:logs:{region}:{account}:log-group:{name}:*",
            "AWS::ECS::TaskDefinition", "arn:{partition}:ecs:{region}:{account}:task-definition/{name}:1");

    /** Types whose {@code Ref} is not their name. */
    private static final Map<String, String> REFS = Map.of(
            "AWS::SNS::Topic", "{arn}",
            "AWS::SQS::Queue", "https://sqs.{region}.{urlSuffix}/{account}/{name}",
            "AWS::StepFunctions::StateMachine", "{arn}",
            "AWS::StepFunctions::Activity", "{arn}",
            "AWS::ECS::TaskDefinition", "{arn}");

    /** Attributes that are neither an ARN ({@code …Arn}) nor a name ({@code …Name}). */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "QueueUrl", "https://sqs.{region}.{urlSuffix}/{account}/{name}",
            "StreamArn", "{arn}/stream/2024-01-01T00:00:00.000",
            "DomainName", "{name}.s3.{urlSuffix}",
            "RegionalDomainName", "{name}.s3.{region}.{urlSuffix}");

    private final AwsEnvironment env;

    ResourceValues(AwsEnvironment env) {
        this.env = env;
    }

    /** The property that holds a resource's own name: {@code FunctionName}, {@code TableName}, … */
    static String nameProperty(String type) {
        return type.substring(type.lastIndexOf(':') + 1) + "Name";
    }

    /** What {@code {"Ref": <resource>}} gives. */
    JsonNode ref(String type, String name) {
        return Json.NODES.textNode(fill(REFS.getOrDefault(type, "{name}"), type, name));
    }

    /** What {@code Fn::GetAtt} gives; empty for an attribute we cannot make up. */
    Optional<JsonNode> attribute(String type, String name, String attribute) {
        String pattern = ATTRIBUTES.get(attribute);
        if (pattern == null && attribute.endsWith("Arn")) pattern = "{arn}";
        if (pattern == null && attribute.endsWith("Name")) pattern = "{name}";
        return Optional.ofNullable(pattern).map(p -> Json.NODES.textNode(fill(p, type, name)));
    }

    private String fill(String pattern, String type, String name) {
        return pattern.replace("{arn}", arnPattern(type))
                .replace("{partition}", AwsEnvironment.PARTITION).replace("{urlSuffix}", AwsEnvironment.URL_SUFFIX)
                .replace("{region}", env.region()).replace("{account}", env.accountId()).replace("{name}", name);
    }

    /** {@code AWS::Events::EventBus} → {@code arn:{partition}:events:{region}:{account}:event-bus/{name}}. */
    private static String arnPattern(String type) {
        String known = ARNS.get(type);
        if (known != null) return known;
        String[] parts = type.split("::");
        String service = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
        String kind = parts[parts.length - 1].replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return "arn:{partition}:" + service + ":{region}:{account}:" + kind + "/{name}";
    }
}

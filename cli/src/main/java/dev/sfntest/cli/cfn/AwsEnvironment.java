package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ExecutionContextSpec;
import dev.sfntest.engine.expr.Json;
import java.util.Optional;

/**
 * The account and region a template is imagined to be deployed to: the values of the pseudo parameters
 * ({@code AWS::Region}, {@code AWS::AccountId}, …) and of the ARNs made up for its resources.
 */
public record AwsEnvironment(String region, String accountId) {
    static final String PARTITION = "aws";
    static final String URL_SUFFIX = "amazonaws.com";

    /** The config's {@code executionContext} region and account, else us-east-1 and 123456789012. */
    public static AwsEnvironment of(ExecutionContextSpec context) {
        return new AwsEnvironment(context.region().orElse("us-east-1"), context.accountId().orElse("123456789012"));
    }

    /**
     * The value of a pseudo parameter; empty for a name that is none (and for {@code AWS::NoValue}, which
     * removes a value rather than giving one).
     */
    Optional<JsonNode> pseudoParameter(String name, String stackName) {
        String value = switch (name) {
            case "AWS::Region" -> region;
            case "AWS::AccountId" -> accountId;
            case "AWS::Partition" -> PARTITION;
            case "AWS::URLSuffix" -> URL_SUFFIX;
            case "AWS::StackName" -> stackName;
            case "AWS::StackId" -> "arn:" + PARTITION + ":cloudformation:" + region + ":" + accountId + ":stack/"
                    + stackName + "/00000000-0000-0000-0000-000000000000";
            default -> null;
        };
        if (name.equals("AWS::NotificationARNs")) return Optional.of(Json.NODES.arrayNode());
        return Optional.ofNullable(value).map(Json.NODES::textNode);
    }
}

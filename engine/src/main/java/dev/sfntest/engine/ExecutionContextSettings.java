package dev.sfntest.engine;

import java.time.Instant;

/**
 * The values of the context object that AWS would assign: execution name, start time, role, account, region,
 * and the state machine's name.
 */
public record ExecutionContextSettings(String executionName, Instant startTime, String roleArn, String accountId,
                                       String region, String stateMachineName) {

    public static ExecutionContextSettings defaults() {
        return new ExecutionContextSettings("test-execution", Instant.now(),
                "arn:aws:iam::123456789012:role/StepFunctionsRole", "123456789012", "us-east-1", "StateMachine");
    }

    public String stateMachineArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
    }

    public String executionArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + executionName;
    }
}

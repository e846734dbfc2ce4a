package dev.sfntest.cli.config;

/** Where a state machine's definition comes from. */
public enum SourceType {
    /** An Amazon States Language JSON file. */
    ASL,
    /** An {@code AWS::StepFunctions::StateMachine} resource in a CloudFormation template (CDK output). */
    CDK
}

/**
 * State machines defined in CloudFormation templates (CDK's {@code cdk.out/*.template.json}, or hand-written JSON
 * or YAML): reading a template ({@link dev.sfntest.cli.cfn.TemplateReader}), choosing the
 * {@code AWS::StepFunctions::StateMachine} resource ({@link dev.sfntest.cli.cfn.StateMachineSelector}), resolving
 * the intrinsic functions of its definition with plausible values ({@link dev.sfntest.cli.cfn.IntrinsicResolver},
 * {@link dev.sfntest.cli.cfn.ResourceValues}) and rebuilding the ASL ({@link dev.sfntest.cli.cfn.DefinitionBuilder}).
 * {@link dev.sfntest.cli.cfn.TemplateExtractor} is the entry point; {@link dev.sfntest.cli.cfn.ExtractedFiles}
 * writes the result to the {@code paths.extracted} cache.
 */
package dev.sfntest.cli.cfn;

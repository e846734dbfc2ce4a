package dev.sfntest.cli.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where to read one state machine.
 *
 * @param path             the ASL file or the CloudFormation template, resolved against the project root
 * @param stateMachineName for {@link SourceType#CDK}: the resource's logical id in the template
 */
public record StateMachineSource(SourceType type, Path path, Optional<String> stateMachineName) {}

package dev.sfntest.cli.run;

import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import java.nio.file.Path;

/**
 * State machines defined in CloudFormation/CDK templates ({@code source.type: cdk}). Extraction is not built yet
 * (it belongs to the CDK/compat work); until then such a source is reported as unsupported, never guessed.
 */
final class CloudFormationExtractor {
    private CloudFormationExtractor() {}

    static Path extract(StateMachineConfig sm, ProjectConfig config) {
        throw new UserInputException(sm.location().render() + ": state machine '" + sm.name()
                + "' has source type '" + sm.source().type().name().toLowerCase() + "', which this version cannot read "
                + "yet; extract the definition to an .asl.json file and use 'type: asl'.");
    }
}

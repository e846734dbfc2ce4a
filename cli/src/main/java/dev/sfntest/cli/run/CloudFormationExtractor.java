package dev.sfntest.cli.run;

import dev.sfntest.cli.cfn.AwsEnvironment;
import dev.sfntest.cli.cfn.ExtractedFiles;
import dev.sfntest.cli.cfn.TemplateExtractor;
import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * State machines defined in CloudFormation/CDK templates: extracted to {@code <paths.extracted>/<name>.asl.json},
 * which is then run like any ASL file (and names the lines of any definition problem).
 */
public final class CloudFormationExtractor {
    private CloudFormationExtractor() {}

    /**
     * A {@code source.type: cdk} machine of the config: the cached extraction, made again when it is missing or
     * older than the template or the config (whose region, account or stateMachineName may have changed).
     */
    static Path extract(StateMachineConfig sm, ProjectConfig config) {
        Path template = sm.source().path();
        if (!Files.isRegularFile(template)) {
            throw new UserInputException(sm.location().render() + ": state machine '" + sm.name() + "': its "
                    + "source.path " + template + " is not a file.");
        }
        Path cached = ExtractedFiles.fileFor(config.paths().extracted(), sm.name());
        List<Path> sources = new ArrayList<>(List.of(template));
        config.file().ifPresent(sources::add);
        if (ExtractedFiles.isFresh(cached, sources)) return cached;
        TemplateExtractor extractor = TemplateExtractor.open(template, AwsEnvironment.of(config.executionContext()));
        String logicalId = extractor.select(sm.source().stateMachineName());
        return ExtractedFiles.write(config.paths().extracted(), sm.name(), extractor.definition(logicalId));
    }

    /**
     * {@code run --cdk TEMPLATE [--cdk-state-machine ID]}: extracts afresh into the config's
     * {@code paths.extracted}, named as the user named the machine (else by its logical id).
     */
    public static Path extract(Path template, Optional<String> stateMachine, ProjectConfig config) {
        TemplateExtractor extractor = TemplateExtractor.open(template, AwsEnvironment.of(config.executionContext()));
        String logicalId = extractor.select(stateMachine);
        return ExtractedFiles.write(config.paths().extracted(), stateMachine.orElse(logicalId),
                extractor.definition(logicalId));
    }
}

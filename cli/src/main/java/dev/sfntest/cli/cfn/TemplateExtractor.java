package dev.sfntest.cli.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The state machines of one CloudFormation template, their definitions rebuilt as ASL. Reading the template
 * happens once, in {@link #open}; every problem is a {@link dev.sfntest.cli.command.UserInputException} naming
 * the template.
 */
public final class TemplateExtractor {
    private final Template template;
    private final AwsEnvironment env;

    private TemplateExtractor(Template template, AwsEnvironment env) {
        this.template = template;
        this.env = env;
    }

    /** Reads the template (JSON or YAML). */
    public static TemplateExtractor open(Path file, AwsEnvironment env) {
        return new TemplateExtractor(TemplateReader.read(file), env);
    }

    public Path file() {
        return template.file();
    }

    /** The logical ids of the template's state machines, in template order. */
    public List<String> stateMachineIds() {
        return template.stateMachineIds();
    }

    /** The logical id {@code name} stands for, if any: see {@link StateMachineSelector#find}. */
    public Optional<String> find(String name) {
        return StateMachineSelector.find(template, name);
    }

    /** The logical id {@code name} stands for, or with no name the only state machine: see the selector. */
    public String select(Optional<String> name) {
        return StateMachineSelector.select(template, name);
    }

    /** The ASL definition of the state machine with this logical id. */
    public JsonNode definition(String logicalId) {
        return DefinitionBuilder.build(template, logicalId, new IntrinsicResolver(template, env));
    }
}

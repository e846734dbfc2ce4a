package dev.sfntest.cli.command;

import static dev.sfntest.cli.command.Options.option;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.cfn.AwsEnvironment;
import dev.sfntest.cli.cfn.ExtractedFiles;
import dev.sfntest.cli.cfn.TemplateExtractor;
import dev.sfntest.cli.config.ConfigLoader;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.SourceType;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.engine.parse.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sfn-test extract}: writes the state machines of CloudFormation/CDK templates as {@code .asl.json} files,
 * from {@code --cdk}, every {@code *.template.json} of {@code --cdk-out}, or the config's {@code type: cdk} entries.
 */
public final class ExtractCommand implements Callable<Integer> {
    private CommandSpec spec;

    /** One definition to write: which machine of which template, and the file's base name. */
    private record Extraction(TemplateExtractor template, String logicalId, String name) {}

    /** The picocli model of {@code extract}, built in code for start-up time (see {@link RunCommand#spec()}). */
    CommandSpec spec() {
        spec = CommandSpec.wrapWithoutInspection(this);
        StandardHelpOptions.addTo(spec.name("extract"));
        spec.usageMessage().description("Extracts state machines from CloudFormation/CDK templates as ASL files.",
                "With no --cdk or --cdk-out, extracts every 'type: cdk' state machine of the config.",
                "Exit codes: 0 written, 2 usage or bad input, 3 internal error.");
        spec.addOption(option(Path.class, "TEMPLATE", "CloudFormation/CDK template (JSON or YAML).", "-c", "--cdk")
                .build());
        spec.addOption(option(Path.class, "DIR", "CDK output folder: every *.template.json in it.", "--cdk-out")
                .build());
        spec.addOption(option(String.class, "ID", "Only the state machine with this logical id (default: all).",
                "--cdk-state-machine").build());
        spec.addOption(option(Path.class, "DIR", "Folder to write to (default: the config's paths.extracted, "
                + "else ./.sfn-test/extracted).", "-o", "--output").build());
        spec.addOption(option(String.class, "NAME", "File base name, when one state machine is extracted.",
                "--name").build());
        spec.addOption(Options.directory());
        spec.addOption(Options.config());
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Path directory = Options.value(spec, "--directory", null);
        Path cdk = Options.value(spec, "--cdk", null);
        Path cdkOut = Options.value(spec, "--cdk-out", null);
        Optional<String> id = Optional.ofNullable(Options.value(spec, "--cdk-state-machine", null));
        Path output = Options.value(spec, "--output", null);
        Optional<String> name = Optional.ofNullable(Options.value(spec, "--name", null));
        Path cwd = Options.workingFolder(directory);
        UnaryOperator<Path> at = directory == null ? p -> p : cwd::resolve;
        if (cdk != null && cdkOut != null) throw usage("--cdk and --cdk-out both name templates; give one of them.");
        if (id.isPresent() && cdk == null && cdkOut == null) {
            throw usage("--cdk-state-machine needs --cdk or --cdk-out.");
        }
        ProjectConfig config = ConfigLoader.loadGivenOrNearest(Options.configFile(spec, cwd), cwd, cwd);
        AwsEnvironment env = AwsEnvironment.of(config.executionContext());
        List<Extraction> extractions;
        if (cdk != null) {
            TemplateExtractor template = TemplateExtractor.open(at.apply(cdk), env);
            extractions = id.isPresent() ? List.of(new Extraction(template, template.select(id), id.get()))
                    : all(template);
        } else if (cdkOut != null) {
            extractions = fromCdkOut(at.apply(cdkOut), id, env);
        } else {
            extractions = fromConfig(config, env);
        }
        if (name.isPresent()) {
            if (extractions.size() != 1) {
                throw usage("--name names one file, but " + extractions.size() + " state machines are extracted ("
                        + String.join(", ", extractions.stream().map(Extraction::logicalId).toList())
                        + "); add --cdk-state-machine.");
            }
            extractions = List.of(new Extraction(extractions.get(0).template(), extractions.get(0).logicalId(),
                    name.get()));
        }
        write(extractions, output == null ? config.paths().extracted() : at.apply(output));
        return ExitCodes.PASSED;
    }

    /** Every state machine of the template, each file named by its logical id. */
    private static List<Extraction> all(TemplateExtractor template) {
        List<String> ids = template.stateMachineIds();
        if (ids.isEmpty()) template.select(Optional.empty()); // reports the template without state machines
        return ids.stream().map(logicalId -> new Extraction(template, logicalId, logicalId)).toList();
    }

    private List<Extraction> fromCdkOut(Path folder, Optional<String> id, AwsEnvironment env) throws IOException {
        if (!Files.isDirectory(folder)) throw new UserInputException("sfn-test: --cdk-out " + folder
                + " is not a folder.");
        List<Path> templates;
        try (Stream<Path> files = Files.list(folder)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".template.json")).sorted().toList();
        }
        if (templates.isEmpty()) throw new UserInputException("sfn-test: --cdk-out " + folder
                + " holds no *.template.json files; run 'cdk synth' first.");
        List<Extraction> extractions = new ArrayList<>();
        List<String> allIds = new ArrayList<>();
        for (Path file : templates) {
            TemplateExtractor template = TemplateExtractor.open(file, env);
            allIds.addAll(template.stateMachineIds());
            if (id.isEmpty()) extractions.addAll(all(template));
            else template.find(id.get()).ifPresent(l -> extractions.add(new Extraction(template, l, id.get())));
        }
        if (extractions.isEmpty()) {
            throw new UserInputException("sfn-test: no state machine " + id.map(i -> "'" + i + "' ").orElse("")
                    + "in the templates of " + folder + (allIds.isEmpty() ? "." : "; their state machines: "
                    + String.join(", ", allIds) + id.flatMap(i -> Suggestions.didYouMean(i, allIds))
                            .map(s -> "; " + s).orElse(".")));
        }
        return extractions;
    }

    private static List<Extraction> fromConfig(ProjectConfig config, AwsEnvironment env) {
        List<StateMachineConfig> machines = config.stateMachines().stream()
                .filter(sm -> sm.source().type() == SourceType.CDK).toList();
        if (machines.isEmpty()) {
            throw new UserInputException("sfn-test: nothing to extract: give --cdk TEMPLATE or --cdk-out DIR"
                    + config.file().map(f -> ", or add a 'type: cdk' state machine to " + f).orElse("") + ".");
        }
        List<Extraction> extractions = new ArrayList<>();
        for (StateMachineConfig sm : machines) {
            TemplateExtractor template = TemplateExtractor.open(sm.source().path(), env);
            extractions.add(new Extraction(template, template.select(sm.source().stateMachineName()), sm.name()));
        }
        return extractions;
    }

    /** Builds every definition before writing any, so a bad template leaves no half-done output. */
    private void write(List<Extraction> extractions, Path folder) {
        Set<String> names = new HashSet<>();
        for (Extraction e : extractions) {
            if (!names.add(e.name())) {
                throw new UserInputException("sfn-test: two state machines would both be written as " + e.name()
                        + ".asl.json; extract them one at a time with --cdk-state-machine and --name.");
            }
        }
        List<JsonNode> definitions = extractions.stream().map(e -> e.template().definition(e.logicalId())).toList();
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < extractions.size(); i++) {
            Extraction e = extractions.get(i);
            Path file = ExtractedFiles.write(folder, e.name(), definitions.get(i));
            out.println("wrote " + file + " (" + e.logicalId() + " of " + e.template().file() + ")");
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

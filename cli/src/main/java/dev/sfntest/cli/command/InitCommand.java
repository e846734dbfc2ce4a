package dev.sfntest.cli.command;

import static dev.sfntest.cli.command.Options.option;

import dev.sfntest.cli.init.ProjectInitializer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code sfn-test init}: sets up sfn-test in a project folder (see {@link ProjectInitializer}). */
final class InitCommand implements Callable<Integer> {
    private CommandSpec spec;

    /** The picocli model, built in code like {@link RunCommand#spec()}. */
    CommandSpec spec() {
        spec = CommandSpec.wrapWithoutInspection(this);
        StandardHelpOptions.addTo(spec.name("init"));
        spec.usageMessage().description("Sets up a project: config, folders and starter tests.",
                "Writes sfn-test.config.yaml with the state machines found (*.asl.json files, or the state machines "
                        + "of cdk.out/*.template.json in a CDK app), creates the sfn-test/ folders, adds .sfn-test/ to "
                        + ".gitignore, and writes a starter mock and test suite per state machine, recorded from a run "
                        + "on the starter mocks.",
                "Existing mocks and suites are kept; an existing config is replaced only with --yes.");
        spec.addOption(OptionSpec.builder("-y", "--yes").type(boolean.class).arity("0")
                .description("Replace an existing sfn-test.config.yaml.").build());
        spec.addOption(option(Path.class, "DIR", "Set up the project in DIR instead of the current folder.",
                "-C", "--directory").build());
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Path root = Options.workingFolder(Options.value(spec, "--directory", null));
        new ProjectInitializer(root, spec.commandLine().getOut()).run(Options.value(spec, "--yes", false));
        return ExitCodes.PASSED;
    }
}

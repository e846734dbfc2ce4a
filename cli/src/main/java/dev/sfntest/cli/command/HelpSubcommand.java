package dev.sfntest.cli.command;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code sfn-test help [COMMAND]}: prints the usage of the main command or of one subcommand. Picocli's own
 * {@code HelpCommand} does the same but is read from annotations, which costs start-up time on every run.
 */
final class HelpSubcommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
    private CommandLine self;
    private PrintWriter out;
    private CommandLine.Help.ColorScheme colors;

    private HelpSubcommand() {
        spec.name("help").helpCommand(true);
        spec.usageMessage()
                .header("Display help information about the specified command.")
                .synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
                .description("The COMMAND to display the usage help message for.").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
    }

    static CommandSpec spec() {
        return new HelpSubcommand().spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        String command = spec.positionalParameters().get(0).getValue();
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine subcommand = parent.getSubcommands().get(command);
        if (subcommand == null) {
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        subcommand.usage(out, colors);
    }
}

package dev.sfntest.cli.command;

import dev.sfntest.engine.parse.Suggestions;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level {@code sfn-test} command; its subcommands do the work. The picocli models are built in code,
 * not from annotations, because reading annotations is most of the JVM's start-up time (see
 * {@link RunCommand#spec()}).
 */
public final class SfnTestCommand implements Runnable {
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private SfnTestCommand() {
        StandardHelpOptions.addTo(spec.name("sfn-test"));
        spec.addOption(Options.config());
        spec.usageMessage().description("Runs AWS Step Functions state machines locally against YAML test suites.");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'sfn-test run --help'.");
    }

    private static CommandLine commandLine(RunCommand run) {
        CommandLine cli = new CommandLine(new SfnTestCommand().spec);
        cli.addSubcommand("run", new CommandLine(run.spec()));
        cli.addSubcommand("init", new CommandLine(new InitCommand().spec()));
        cli.addSubcommand("extract", new CommandLine(new ExtractCommand().spec()));
        cli.addSubcommand("help", new CommandLine(HelpSubcommand.spec()));
        return cli;
    }

    /** Runs the command line and returns the exit code; prints errors as readable paragraphs. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.console() != null, args);
    }

    /** Runs with the given streams, which are not a terminal (so no colours): for embedding and tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /** @param terminal whether {@code out} is a terminal, so colours may be used (unless NO_COLOR or --no-color) */
    static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        RunCommand runCommand = new RunCommand();
        runCommand.terminal = terminal;
        CommandLine cli = commandLine(runCommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("sfn-test: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) printOwnSuggestions(ex, err);
            err.println("Run 'sfn-test " + (ex.getCommandLine().getCommandName().equals("sfn-test") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for the options.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> ErrorReport.print(ex, err, verbose));
        return cli.execute(args);
    }

    /**
     * Picocli's suggestions miss swapped letters ({@code --bial}); ours count a swap as one edit. Prints
     * {@code Did you mean: --bail?} for each unknown option that is close to a real one.
     */
    private static void printOwnSuggestions(CommandLine.ParameterException ex, PrintWriter err) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) return;
        java.util.List<String> names = ex.getCommandLine().getCommandSpec().options().stream()
                .flatMap(o -> Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
        for (String arg : u.getUnmatched()) {
            if (!arg.startsWith("--")) continue;
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            dev.sfntest.engine.parse.Suggestions.closest(option, names)
                    .ifPresent(s -> err.println("Did you mean: " + s + "?"));
        }
    }
}

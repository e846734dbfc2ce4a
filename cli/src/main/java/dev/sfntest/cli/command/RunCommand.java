package dev.sfntest.cli.command;

import static dev.sfntest.cli.command.Options.flag;
import static dev.sfntest.cli.command.Options.option;

import dev.sfntest.cli.config.ConfigLoader;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.coverage.CoverageFormat;
import dev.sfntest.cli.coverage.CoverageRecorder;
import dev.sfntest.cli.junit.PlannedSuite;
import dev.sfntest.cli.run.CloudFormationExtractor;
import dev.sfntest.cli.run.RunOptions;
import dev.sfntest.cli.run.SingleExecution;
import dev.sfntest.cli.run.SuitePlanner;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.engine.parse.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** {@code sfn-test run}: runs test suites (or one execution with --input) and reports the results. */
public final class RunCommand implements Callable<Integer> {

    enum Reporter { DEFAULT, JSON, JUNIT }

    /** Lower-case names in the message, as the help and the docs spell them. */
    static final class ReporterConverter implements CommandLine.ITypeConverter<Reporter> {
        @Override
        public Reporter convert(String value) {
            for (Reporter r : Reporter.values()) {
                if (r.name().equalsIgnoreCase(value)) return r;
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a reporter; use default, json or junit"
                    + dev.sfntest.engine.parse.Suggestions.closest(value, List.of("default", "json", "junit"))
                            .map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
    }

    /** The parsed command line this command reads its options from; set by {@link #spec()}. */
    private CommandSpec spec;

    /** Whether the output stream is a terminal; set by {@link SfnTestCommand}, never guessed from System.console. */
    boolean terminal;

    private List<Path> suites;
    private String name;
    private Path asl;
    private Path mock;
    private String input;
    private Reporter reporter;
    private Path output;
    private boolean bail;
    private boolean strict;
    private boolean verbose;
    private boolean quiet;
    private boolean noColor;
    private Path directory;
    private Path cdk;
    /** The --config file, checked; set by {@link #call()}. */
    private Optional<Path> configFile = Optional.empty();
    private String cdkStateMachine;
    private String coverage;

    /**
     * The picocli model of {@code run}, built in code rather than from annotations: reading annotations costs
     * about a tenth of a second of every start (annotation proxies are generated at run time), which is most of
     * {@code --version} and a sixth of a 1,000-case run.
     */
    CommandSpec spec() {
        spec = CommandSpec.wrapWithoutInspection(this);
        StandardHelpOptions.addTo(spec.name("run"));
        spec.usageMessage().description("Runs test suites against their state machines on the embedded engine.",
                "With no --suite, runs every suite under the config's paths.testSuites.",
                "Exit codes: 0 all passed, 1 a test failed, 2 usage or bad input, 3 internal error.");
        spec.addOption(option(Path.class, "FILE", "Test suite file, or a folder of *.test.yaml files (repeatable).",
                "-s", "--suite").type(List.class).auxiliaryTypes(Path.class).build());
        spec.addOption(option(String.class, "NAME", "Only suites of this configured state machine.", "-n", "--name")
                .build());
        spec.addOption(option(Path.class, "FILE", "State machine definition (ASL JSON) to use.", "-a", "--asl")
                .build());
        spec.addOption(option(Path.class, "FILE", "Mock file to use instead of the suite's baseMock.", "-m", "--mock")
                .build());
        spec.addOption(option(String.class, "JSON", "Run one execution with this input and print its result.",
                "-i", "--input").build());
        spec.addOption(option(Reporter.class, "NAME", "default, json or junit (default: ${DEFAULT-VALUE}).",
                "-r", "--reporter").defaultValue("default").converters(new ReporterConverter()).build());
        spec.addOption(option(Path.class, "FILE", "Write the json/junit report to this file.", "-o", "--output")
                .build());
        spec.addOption(option(String.class, "FORMAT", "Measure state and transition coverage: text (printed; the "
                + "default), json or html (written to the config's paths.coverage).", "--cov").arity("0..1")
                .fallbackValue("text").build());
        spec.addOption(flag("Stop after the first failing test case.", "--bail"));
        spec.addOption(flag("Tasks without a mock fail instead of returning their input.", "--strict"));
        spec.addOption(flag("More detail, and stack traces for internal errors.", "--verbose"));
        spec.addOption(flag("Only failures and the summary.", "--quiet"));
        spec.addOption(flag("No colours (also: NO_COLOR set, or output is not a terminal).", "--no-color"));
        spec.addOption(Options.directory());
        spec.addOption(Options.config());
        spec.addOption(option(Path.class, "TEMPLATE",
                "CloudFormation/CDK template (JSON or YAML) whose state machine to use instead of --asl.",
                "-c", "--cdk").build());
        spec.addOption(option(String.class, "ID",
                "Logical id of the state machine in the --cdk template (needed when it has several).",
                "--cdk-state-machine").build());
        return spec;
    }

    /** Copies the parsed option values into fields, so the rest of the command reads like plain Java. */
    private void readOptions() {
        suites = value("--suite", List.of());
        name = value("--name", null);
        asl = value("--asl", null);
        mock = value("--mock", null);
        input = value("--input", null);
        reporter = value("--reporter", Reporter.DEFAULT);
        output = value("--output", null);
        bail = value("--bail", false);
        strict = value("--strict", false);
        verbose = value("--verbose", false);
        quiet = value("--quiet", false);
        noColor = value("--no-color", false);
        directory = value("--directory", null);
        cdk = value("--cdk", null);
        cdkStateMachine = value("--cdk-state-machine", null);
        coverage = value("--cov", null);
    }

    private <T> T value(String option, T orElse) {
        return Options.value(spec, option, orElse);
    }

    @Override
    public Integer call() throws Exception {
        readOptions();
        Path cwd = Options.workingFolder(directory);
        configFile = Options.configFile(spec, cwd);
        if (cdk != null && asl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cdk and --asl both name the state "
                    + "machine to run; give one of them.");
        }
        if (cdkStateMachine != null && cdk == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cdk-state-machine needs --cdk TEMPLATE.");
        }
        Optional<CoverageFormat> coverageFormat = Optional.ofNullable(coverage).map(c -> CoverageFormat.parse(c)
                .orElseThrow(() -> new UserInputException("sfn-test: --cov " + c + ": unknown format; use text, json "
                        + "or html.")));
        // Without -C, paths stay as typed (messages then name files as the user wrote them).
        java.util.function.UnaryOperator<Path> at = directory == null ? p -> p : cwd::resolve;
        Optional<Path> definition = cdk == null ? Optional.ofNullable(asl).map(at)
                : Optional.of(CloudFormationExtractor.extract(at.apply(cdk), Optional.ofNullable(cdkStateMachine),
                        nearestConfig(cwd, configFile)));
        RunOptions options = new RunOptions(cwd, definition, Optional.ofNullable(mock).map(at), strict, bail, configFile);
        if (input != null) {
            if (coverageFormat.isPresent()) {
                throw new UserInputException("sfn-test: --cov measures test runs; it cannot be used with --input.");
            }
            return new SingleExecution(options, spec.commandLine().getOut(), name).run(input);
        }
        List<Path> files = suites.isEmpty() ? discoverSuites(cwd) : checkExist(suites, at, cwd);
        Optional<CoverageRecorder> recorder = coverageFormat.map(f -> new CoverageRecorder());
        List<PlannedSuite> planned = new SuitePlanner(options, recorder).plan(files);
        RunReporting reporting = new RunReporting(reporter.name().toLowerCase(),
                output == null ? null : checkWritable(at.apply(output)), spec.commandLine().getOut(), spec.commandLine().getErr(),
                color(), quiet, verbose);
        int exit = reporting.run(planned);
        if (coverageFormat.isPresent()) {
            // The coverage text follows the test report; when that report is JSON or XML on stdout, it goes to stderr.
            boolean reportOnStdout = reporter != Reporter.DEFAULT && output == null;
            coverageFormat.get().write(recorder.get().machines(), coverageFolder(cwd),
                    reportOnStdout ? spec.commandLine().getErr() : spec.commandLine().getOut());
        }
        return exit;
    }

    /** The config's paths.coverage, or ./.sfn-test/coverage where the run started when there is no config. */
    private Path coverageFolder(Path cwd) {
        return nearestConfig(cwd, configFile).paths().coverage();
    }

    private boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && terminal
                && reporter == Reporter.DEFAULT;
    }

    /** The suite files given; a folder stands for every *.test.yaml under it. */
    private List<Path> checkExist(List<Path> given, java.util.function.UnaryOperator<Path> at, Path cwd)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path typed : given) {
            Path f = at.apply(typed);
            if (Files.isDirectory(f)) {
                List<Path> inside = suitesUnder(f);
                if (inside.isEmpty()) missing.add(f + ": this folder holds no test suites (*.test.yaml).");
                files.addAll(inside);
            } else if (Files.isRegularFile(f)) {
                files.add(f);
            } else if (isBareName(typed)) {
                suiteNamed(typed.toString(), cwd).ifPresentOrElse(files::add, () -> missing.add(noSuiteNamed(typed, cwd)));
            } else {
                missing.add(f + ": test suite file not found.");
            }
        }
        if (!missing.isEmpty()) throw new UserInputException(String.join("\n", missing));
        return files;
    }

    /** {@code --suite order-flow}: a name, as the TypeScript tool takes it, rather than a path. */
    private static boolean isBareName(Path typed) {
        String n = typed.toString();
        return typed.getNameCount() == 1 && !n.endsWith(".yaml") && !n.endsWith(".yml");
    }

    /** {@code <paths.testSuites>/<name>.test.yaml} (or {@code .test.yml}) of the config. */
    private Optional<Path> suiteNamed(String name, Path cwd) {
        Path dir = nearestConfig(cwd, configFile).paths().testSuites();
        return Stream.of(".test.yaml", ".test.yml").map(ext -> dir.resolve(name + ext)).filter(Files::isRegularFile)
                .findFirst();
    }

    private String noSuiteNamed(Path typed, Path cwd) {
        Path dir = nearestConfig(cwd, configFile).paths().testSuites();
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(dir)) {
                suitesUnder(dir).forEach(p -> names.add(p.getFileName().toString().replaceFirst("\\.test\\.ya?ml$", "")));
            }
        } catch (IOException e) {
            // The list only helps the message; the error stands without it.
        }
        return typed + ": test suite not found: no such file, and no " + dir.resolve(typed + ".test.yaml")
                + Suggestions.didYouMean(typed.toString(), names).map(s -> "; " + s).orElse(".");
    }
    private static List<Path> suitesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".test.yaml") || p.toString().endsWith(".test.yml"))
                    .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** Fails early, before anything runs, when the report cannot be written there. */
    private static Path checkWritable(Path output) {
        if (Files.isDirectory(output)) {
            throw new UserInputException("sfn-test: --output " + output + " is a folder; give a file name, e.g. "
                    + output.resolve("report.xml") + ".");
        }
        for (Path p = output.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UserInputException("sfn-test: cannot write --output " + output + ": " + p
                        + " is a file, not a folder.");
            }
        }
        return output;
    }

    /** The --config file, else the config of the working folder or its parents, else the defaults rooted there. */
    static ProjectConfig nearestConfig(Path cwd, Optional<Path> configFile) {
        try {
            return configFile.map(ConfigLoader::load).orElseGet(() -> ConfigLoader.loadNearest(cwd, cwd));
        } catch (InputException e) {
            throw new UserInputException(e.problems().stream().map(Problem::render).collect(Collectors.joining("\n")));
        }
    }

    /** Every *.test.yaml (and *.yaml) under paths.testSuites, or only those of --name. */
    private List<Path> discoverSuites(Path cwd) throws IOException {
        ProjectConfig config = nearestConfig(cwd, configFile);
        if (config.file().isEmpty()) {
            throw new UserInputException("sfn-test: no --suite given and no sfn-test.config.yaml in " + cwd
                    + " or its parents; pass --suite FILE, or run 'sfn-test run --help'.");
        }
        Path dir = config.paths().testSuites();
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(config.file().map(Path::toString).orElse("config") + ": paths.testSuites is "
                    + dir + ", which is not a folder.");
        }
        List<Path> found = suitesUnder(dir);
        if (name != null && config.stateMachine(name).isEmpty()) {
            List<String> names = config.stateMachines().stream().map(sm -> sm.name()).toList();
            throw new UserInputException(config.file().map(Path::toString).orElse("config") + ": --name '" + name
                    + "' is not a configured state machine; configured: " + String.join(", ", names)
                    + dev.sfntest.engine.parse.Suggestions.didYouMean(name, names).map(s -> "; " + s).orElse("."));
        }
        if (name != null) {
            found.removeIf(p -> !p.getFileName().toString().startsWith(name + ".") && !mentions(p, name));
        }
        if (found.isEmpty()) {
            throw new UserInputException("sfn-test: no test suites (*.test.yaml) under " + dir
                    + (name == null ? "" : " for state machine '" + name + "'") + ".");
        }
        return found;
    }

    private static boolean mentions(Path suite, String stateMachine) {
        try {
            return Files.readAllLines(suite).stream().anyMatch(l -> l.matches("\\s*stateMachine:\\s*[\"']?"
                    + java.util.regex.Pattern.quote(stateMachine) + "[\"']?\\s*(#.*)?"));
        } catch (IOException e) {
            return false;
        }
    }
}

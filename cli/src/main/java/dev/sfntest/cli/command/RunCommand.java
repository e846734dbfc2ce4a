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
import dev.sfntest.cli.watch.WatchLoop;
import dev.sfntest.engine.parse.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
    private boolean watch;
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
        spec.addOption(flag("Run again whenever a file of the project changes (Ctrl-C to stop).", "--watch"));
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
        watch = value("--watch", false);
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
        UnaryOperator<Path> at = directory == null ? p -> p : cwd::resolve;
        if (input != null) {
            if (watch) {
                throw new UserInputException("sfn-test: --watch reruns test suites; it cannot be used with --input.");
            }
            if (coverageFormat.isPresent()) {
                throw new UserInputException("sfn-test: --cov measures test runs; it cannot be used with --input.");
            }
            return new SingleExecution(runOptions(cwd, at, () -> config(cwd)), spec.commandLine().getOut(), name)
                    .run(input);
        }
        Path report = output == null ? null : checkWritable(at.apply(output));
        Callable<Integer> tests = () -> runTests(at, cwd, report, coverageFormat);
        if (!watch) return tests.call();
        PrintWriter err = spec.commandLine().getErr();
        ProjectConfig config = config(cwd);
        return new WatchLoop(watchRoots(config, at), writtenByRuns(config, report), spec.commandLine().getOut(),
                e -> ErrorReport.print(e, err, verbose)).run(tests);
    }

    /** The options the planner needs; a --cdk template is extracted here, so that each watched run reads it anew. */
    private RunOptions runOptions(Path cwd, UnaryOperator<Path> at, Supplier<ProjectConfig> config) {
        Optional<Path> definition = cdk == null ? Optional.ofNullable(asl).map(at)
                : Optional.of(CloudFormationExtractor.extract(at.apply(cdk), Optional.ofNullable(cdkStateMachine),
                        config.get()));
        return new RunOptions(cwd, definition, Optional.ofNullable(mock).map(at), strict, bail, configFile);
    }

    /**
     * One run of the selected suites: the config read, the suites found and planned afresh, so that --watch sees
     * every edit.
     */
    private int runTests(UnaryOperator<Path> at, Path cwd, Path report, Optional<CoverageFormat> coverageFormat)
            throws Exception {
        // Read once, and only when needed: suites given as files are planned with their own nearest config, which
        // reports its problems in file order with every other problem of the run.
        Supplier<ProjectConfig> config = once(() -> config(cwd));
        RunOptions options = runOptions(cwd, at, config);
        List<Path> files = suites.isEmpty() ? SuiteSelection.discover(config.get(), cwd, Optional.ofNullable(name))
                : SuiteSelection.given(suites, at, config);
        Optional<CoverageRecorder> recorder = coverageFormat.map(f -> new CoverageRecorder());
        List<PlannedSuite> planned = new SuitePlanner(options, recorder).plan(files);
        RunReporting reporting = new RunReporting(reporter.name().toLowerCase(), report, spec.commandLine().getOut(),
                spec.commandLine().getErr(), color(), quiet, verbose);
        int exit = reporting.run(planned);
        if (coverageFormat.isPresent()) {
            // The coverage text follows the test report; when that report is JSON or XML on stdout, it goes to stderr.
            boolean reportOnStdout = reporter != Reporter.DEFAULT && output == null;
            coverageFormat.get().write(recorder.get().machines(), config.get().paths().coverage(),
                    reportOnStdout ? spec.commandLine().getErr() : spec.commandLine().getOut());
        }
        return exit;
    }

    /**
     * What --watch watches: the project (the config's folder), and the folders of any suite, definition, template
     * or mock named on the command line that lie outside it. Without a config, only those folders: the working
     * folder might be a home directory, far too big to watch.
     */
    private List<Path> watchRoots(ProjectConfig config, UnaryOperator<Path> at) {
        Set<Path> roots = new LinkedHashSet<>();
        config.file().ifPresent(f -> roots.add(f.toAbsolutePath().normalize().getParent()));
        Stream.concat(suites.stream(), Stream.of(asl, mock, cdk).filter(Objects::nonNull))
                .map(p -> at.apply(p).toAbsolutePath().normalize())
                .map(p -> Files.isDirectory(p) ? p : p.getParent())
                .filter(dir -> dir != null && roots.stream().noneMatch(dir::startsWith))
                .forEach(roots::add);
        return List.copyOf(roots);
    }

    /** The report file and the config's coverage and extracted folders: a run's own output is not a change. */
    private List<Path> writtenByRuns(ProjectConfig config, Path report) {
        List<Path> written = new ArrayList<>(List.of(config.paths().coverage(), config.paths().extracted()));
        if (report != null) written.add(report.toAbsolutePath());
        return written;
    }

    private boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && terminal
                && reporter == Reporter.DEFAULT;
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

    /** {@code supplier}'s value, computed on first use and then kept. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    /** The --config file, else the config of the working folder or its parents, else the defaults rooted there. */
    private ProjectConfig config(Path cwd) {
        return ConfigLoader.loadGivenOrNearest(configFile, cwd, cwd);
    }
}

package dev.sfntest.cli.run;

import dev.sfntest.cli.command.UserInputException;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.config.StateMachineConfig;
import dev.sfntest.cli.config.SourceType;
import dev.sfntest.cli.coverage.CoverageRecorder;
import dev.sfntest.cli.junit.PlannedCase;
import dev.sfntest.cli.junit.PlannedSuite;
import dev.sfntest.cli.mock.MockFile;
import dev.sfntest.cli.mock.MockLoader;
import dev.sfntest.cli.suite.SuiteLoader;
import dev.sfntest.cli.suite.TestCase;
import dev.sfntest.cli.suite.TestSuite;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Loads suites with everything they name — config, state machine, mocks — and turns them into runnable cases.
 * All loading happens here, before anything runs, so bad input is reported at once with every problem.
 */
public final class SuitePlanner {
    private final RunOptions options;
    private final Optional<CoverageRecorder> coverage;
    private final WorkflowLoader workflows = new WorkflowLoader();
    private final AtomicBoolean anyFailure = new AtomicBoolean();
    private final Instant runStart = Instant.now();

    /** {@code coverage}: where each case's execution is recorded when the run measures coverage ({@code --cov}). */
    public SuitePlanner(RunOptions options, Optional<CoverageRecorder> coverage) {
        this.options = options;
        this.coverage = coverage;
    }

    /** Plans every suite; throws UserInputException listing every problem of every file. */
    public List<PlannedSuite> plan(List<Path> suiteFiles) {
        List<PlannedSuite> planned = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : suiteFiles) {
            try {
                planned.add(planOne(file));
            } catch (InputException e) {
                problems.add(render(e.problems()));
            } catch (UserInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new UserInputException(String.join("\n\n", problems));
        return planned;
    }

    private PlannedSuite planOne(Path suiteFile) {
        ProjectConfig config = options.configFor(suiteFile.toAbsolutePath().getParent());
        TestSuite suite = SuiteLoader.load(suiteFile, config);
        StateMachineTarget target = stateMachine(suite, config, suiteFile);
        WorkflowLoader.LoadedWorkflow workflow = workflows.load(target.asl);
        MockFile base = baseMock(suite, config, target.name);
        List<Problem> mockProblems = new ArrayList<>(base.unknownStates(workflow.stateNames()));
        for (TestCase c : suite.testCases()) {
            mockProblems.addAll(MockFile.unknownStates(c.mockOverrides(), workflow.stateNames()));
        }
        try {
            ExpectationChecker.checkStateNames(suite, workflow.stateNames());
        } catch (InputException e) {
            mockProblems.addAll(e.problems());
        }
        if (!mockProblems.isEmpty()) throw new InputException(mockProblems);
        List<PlannedCase> cases = new ArrayList<>();
        boolean hasOnly = suite.hasOnly();
        for (TestCase c : suite.testCases()) {
            cases.add(new CaseRunner(suite, c, workflow, base, config, target.name, options, anyFailure, runStart,
                    hasOnly, coverage));
        }
        return new PlannedSuite(suite.name(), suiteFile.toString(), cases, suite.settings().stopOnFailure(),
                suite.settings().parallel());
    }

    private record StateMachineTarget(String name, Path asl) {}

    private StateMachineTarget stateMachine(TestSuite suite, ProjectConfig config, Path suiteFile) {
        if (options.asl().isPresent()) {
            Path asl = options.asl().get();
            if (!java.nio.file.Files.isRegularFile(asl)) {
                throw new UserInputException("--asl " + asl + ": state machine file not found.");
            }
            return new StateMachineTarget(baseName(asl), asl);
        }
        var ref = suite.stateMachine().orElseThrow(() -> new UserInputException(suiteFile
                + ": the suite names no stateMachine (and its file name is not <name>.test.yaml); add "
                + "'stateMachine: <name or path>' or pass --asl."));
        StateMachineConfig sm = config.resolveStateMachine(ref, suite.folder());
        if (sm.source().type() == SourceType.ASL && !java.nio.file.Files.isRegularFile(sm.source().path())) {
            // Name the config entry, where the path has to be fixed, and the suite that uses it.
            throw new UserInputException(sm.location().render() + ": state machine '" + sm.name() + "' (used by "
                    + suiteFile + "): its source.path " + sm.source().path() + " is not a file.");
        }
        return new StateMachineTarget(sm.name(), definitionFile(sm, config));
    }

    /** The ASL file of a state machine: its own, or the one extracted from its CloudFormation template. */
    public static Path definitionFile(StateMachineConfig sm, ProjectConfig config) {
        return sm.source().type() == SourceType.CDK ? CloudFormationExtractor.extract(sm, config) : sm.source().path();
    }

    private MockFile baseMock(TestSuite suite, ProjectConfig config, String stateMachineName) {
        if (options.mock().isPresent()) return MockLoader.load(options.mock().get(), config);
        Optional<Path> path = suite.baseMock().map(b -> config.resolveMock(b, suite.folder()))
                .or(() -> config.defaultMock(stateMachineName));
        return path.map(p -> MockLoader.load(p, config)).orElseGet(MockFile::none);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        for (String ext : new String[] {".asl.json", ".json", ".yaml", ".yml"}) {
            if (n.endsWith(ext)) return n.substring(0, n.length() - ext.length());
        }
        return n;
    }

    static String render(List<Problem> problems) {
        // In file order, as a reader goes through the file (loaders find them key by key).
        return problems.stream()
                .sorted(java.util.Comparator.comparing((Problem p) -> String.valueOf(p.file()))
                        .thenComparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(Problem::render).collect(Collectors.joining("\n"));
    }
}

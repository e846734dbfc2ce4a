package dev.sfntest.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.cli.assertion.AssertionFailure;
import dev.sfntest.cli.assertion.Difference;
import dev.sfntest.cli.assertion.ErrorMatcher;
import dev.sfntest.cli.assertion.ExecutionFailure;
import dev.sfntest.cli.assertion.JsonMatcher;
import dev.sfntest.cli.assertion.MatchMode;
import dev.sfntest.cli.assertion.PathMatchMode;
import dev.sfntest.cli.assertion.PathMatcher;
import dev.sfntest.cli.suite.ExpectedError;
import dev.sfntest.cli.suite.MapExpectation;
import dev.sfntest.cli.suite.Matching;
import dev.sfntest.cli.suite.ParallelExpectation;
import dev.sfntest.cli.suite.PathMatching;
import dev.sfntest.cli.suite.StateExpectation;
import dev.sfntest.cli.suite.TestCase;
import dev.sfntest.cli.suite.TestSuite;
import dev.sfntest.cli.yaml.InputException;
import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.engine.parse.Suggestions;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.StateVisit;
import dev.sfntest.engine.expr.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks every expectation of a test case against what the execution did; collects all unmet ones. */
final class ExpectationChecker {
    private final TestSuite suite;
    private final TestCase testCase;
    private final ExecutionResult result;
    private final List<CaseFailure.FailedExpectation> failures = new ArrayList<>();

    ExpectationChecker(TestSuite suite, TestCase testCase, ExecutionResult result) {
        this.suite = suite;
        this.testCase = testCase;
        this.result = result;
    }

    List<CaseFailure.FailedExpectation> check() {
        checkOutcome();
        testCase.expectedPath().ifPresent(p -> checkPath("path", p.paths(), result.path(), suite.assertions().pathMatching()));
        testCase.stateExpectations().forEach(this::checkState);
        testCase.mapExpectations().forEach(this::checkMap);
        testCase.parallelExpectations().forEach(this::checkParallel);
        return failures;
    }

    private void checkOutcome() {
        Optional<ExecutionFailure> failure = result.succeeded() ? Optional.empty()
                : Optional.of(new ExecutionFailure(result.error(), result.cause()));
        if (testCase.expectedError().isPresent()) {
            List<String> mismatches = ErrorMatcher.match(errorJson(testCase.expectedError().get()), failure);
            if (!mismatches.isEmpty()) {
                fail("error", AssertionFailure.of("error", mismatches, null, null).getMessage());
            }
            return;
        }
        if (!result.succeeded()) {
            fail("execution", "the execution failed with " + result.error()
                    + (result.cause() == null ? "" : ": " + result.cause()) + " (no expectedError was given)");
            return;
        }
        testCase.expectedOutput().ifPresent(expected ->
                compareJson("output", expected, result.output(), mode(suite.assertions().outputMatching())));
    }

    private void checkState(StateExpectation e) {
        Optional<StateLocator.Located> located = StateLocator.find(result.visits(), e.state());
        if (located.isEmpty()) {
            fail("state " + e.state(), StateLocator.whyNotFound(result.visits(), e.state()));
            return;
        }
        StateVisit visit = located.get().visit();
        MatchMode mode = mode(e.outputMatching().orElse(suite.assertions().stateMatching()));
        e.input().ifPresent(in -> compareJson("state '" + e.state() + "' input", in, visit.input(), mode));
        e.output().ifPresent(out -> {
            if (visit.failed()) {
                fail("state " + e.state(), "state '" + e.state() + "' has no output: it failed with "
                        + visit.error() + (visit.cause() == null ? "" : ": " + visit.cause()));
            } else {
                compareJson("state '" + e.state() + "' output", out, visit.output(), mode);
            }
        });
        e.variables().ifPresent(vars -> {
            ObjectNode expected = Json.NODES.objectNode();
            vars.forEach(expected::set);
            compareJson("state '" + e.state() + "' variables", expected, located.get().variablesAfter(), MatchMode.PARTIAL);
        });
    }

    private void checkMap(MapExpectation e) {
        Optional<StateVisit> visit = StateLocator.find(result.visits(), e.state()).map(StateLocator.Located::visit);
        if (visit.isEmpty()) {
            fail("map " + e.state(), "Map state '" + e.state() + "' was not entered; the top-level path was " + result.path());
            return;
        }
        List<Run> runs = visit.get().runs();
        e.iterationCount().ifPresent(n -> {
            if (n != runs.size()) {
                fail("map " + e.state(), "Map state '" + e.state() + "' ran " + runs.size() + " iteration(s)"
                        + (runs.size() == 1 ? "" : "") + ", expected " + n);
            }
        });
        e.iterationPaths().ifPresent(p -> {
            PathMatching matching = p.pathMatching().orElse(PathMatching.EXACT);
            p.all().ifPresent(all -> {
                for (int i = 0; i < runs.size(); i++) {
                    if (!checkPath("map '" + e.state() + "' iteration " + i + " path", List.of(all), runs.get(i).path(), matching)) break;
                }
            });
            p.samples().forEach((index, path) -> {
                if (index >= runs.size()) {
                    fail("map " + e.state(), "Map state '" + e.state() + "' has no iteration " + index + " (it ran " + runs.size() + ")");
                } else {
                    checkPath("map '" + e.state() + "' iteration " + index + " path", List.of(path), runs.get(index).path(), matching);
                }
            });
        });
    }

    private void checkParallel(ParallelExpectation e) {
        Optional<StateVisit> visit = StateLocator.find(result.visits(), e.state()).map(StateLocator.Located::visit);
        if (visit.isEmpty()) {
            fail("parallel " + e.state(), "Parallel state '" + e.state() + "' was not entered; the top-level path was " + result.path());
            return;
        }
        List<Run> branches = visit.get().runs();
        e.branchCount().ifPresent(n -> {
            if (n != branches.size()) {
                fail("parallel " + e.state(), "Parallel state '" + e.state() + "' ran " + branches.size()
                        + " branch(es), expected " + n);
            }
        });
        e.branchPaths().ifPresent(p -> p.branches().forEach((index, path) -> {
            if (index >= branches.size()) {
                fail("parallel " + e.state(), "Parallel state '" + e.state() + "' has no branch " + index);
            } else {
                checkPath("parallel '" + e.state() + "' branch " + index + " path", List.of(path),
                        branches.get(index).path(), p.pathMatching().orElse(PathMatching.EXACT));
            }
        }));
    }

    private boolean checkPath(String subject, List<List<String>> expected, List<String> actual, PathMatching matching) {
        List<String> mismatches = PathMatcher.match(expected, actual, matching == PathMatching.EXACT
                ? PathMatchMode.EXACT : PathMatchMode.INCLUDES);
        if (mismatches.isEmpty()) return true;
        fail(subject, AssertionFailure.of(subject, mismatches, null, null).getMessage());
        return false;
    }

    private void compareJson(String subject, JsonNode expected, JsonNode actual, MatchMode mode) {
        List<Difference> diffs = JsonMatcher.compare(expected, actual, mode);
        if (!diffs.isEmpty()) {
            failures.add(new CaseFailure.FailedExpectation(subject,
                    AssertionFailure.ofJson(subject, mode, expected, actual, diffs).getMessage(), diffs));
        }
    }

    private void fail(String subject, String message) {
        failures.add(new CaseFailure.FailedExpectation(subject, message, List.of()));
    }

    private static MatchMode mode(Matching m) {
        return m == Matching.EXACT ? MatchMode.EXACT : MatchMode.PARTIAL;
    }

    private static JsonNode errorJson(ExpectedError e) {
        if (e.stringForm()) return TextNode.valueOf(e.type().orElse(""));
        ObjectNode o = Json.NODES.objectNode();
        e.type().ifPresent(t -> o.put("type", t));
        e.cause().ifPresent(c -> o.put("cause", c));
        e.message().ifPresent(m -> o.put("message", m));
        return o;
    }

    /** Before running: every state an expectation names must exist in the definition. */
    static void checkStateNames(TestSuite suite, Set<String> realNames) {
        List<Problem> problems = new ArrayList<>();
        for (TestCase c : suite.testCases()) {
            c.stateExpectations().forEach(e -> unknown(e.state(), e.location(), "stateExpectations", realNames, problems));
            c.mapExpectations().forEach(e -> unknown(e.state(), e.location(), "mapExpectations", realNames, problems));
            c.parallelExpectations().forEach(e -> unknown(e.state(), e.location(), "parallelExpectations", realNames, problems));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    private static void unknown(String reference, dev.sfntest.cli.yaml.Location location, String key,
                                Set<String> realNames, List<Problem> problems) {
        for (String name : StateLocator.names(reference)) {
            if (!realNames.contains(name)) {
                problems.add(Problem.at(location, key, "'" + reference + "' names state '" + name
                        + "', which is not in the state machine; its states are: " + String.join(", ", realNames),
                        Suggestions.didYouMean(name, realNames).orElse(null)));
            }
        }
    }
}

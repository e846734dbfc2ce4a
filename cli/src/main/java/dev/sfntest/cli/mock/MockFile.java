package dev.sfntest.cli.mock;

import dev.sfntest.cli.yaml.Problem;
import dev.sfntest.engine.parse.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A loaded {@code *.mock.yaml}. */
public record MockFile(Path file, String version, Optional<String> description, List<MockSpec> mocks) {

    public MockFile {
        mocks = List.copyOf(mocks);
    }

    /** An empty mock set, for suites without a mock file. */
    public static MockFile none() {
        return new MockFile(Path.of("(no mock file)"), "1.0", Optional.empty(), List.of());
    }

    /**
     * One problem per mock that names a state the state machine does not have (at any depth), with a
     * suggestion: {@code mock names state 'Chrage' which is not in the state machine; its states are: …}.
     */
    public List<Problem> unknownStates(Set<String> realNames) {
        return unknownStates(mocks, realNames);
    }

    /** The same check for any list of mock entries (a test case's {@code mockOverrides}). */
    public static List<Problem> unknownStates(List<MockSpec> mocks, Set<String> realNames) {
        List<Problem> problems = new ArrayList<>();
        for (MockSpec mock : mocks) {
            if (!realNames.contains(mock.state())) {
                String known = String.join(", ", new TreeSet<>(realNames));
                problems.add(Problem.at(mock.location(), "state", "mock names state '" + mock.state()
                                + "' which is not in the state machine; its states are: " + known,
                        Suggestions.didYouMean(mock.state(), realNames).orElse(null)));
            }
        }
        return problems;
    }

    /** Item data files that do not exist (yet): the runner may warn early; reading them fails with the same text. */
    public List<Problem> missingDataFiles() {
        List<Problem> problems = new ArrayList<>();
        for (MockSpec mock : mocks) {
            if (mock instanceof MockSpec.ItemReader r && r.dataFile().isPresent()) {
                MockSpec.DataFile f = r.dataFile().get();
                if (f.searched().stream().noneMatch(java.nio.file.Files::isRegularFile)) {
                    problems.add(Problem.at(f.location(), "dataFile", "item data file '" + f.written()
                            + "' not found; looked for " + f.searched().stream().map(Path::toString)
                            .collect(java.util.stream.Collectors.joining(", "))));
                }
            }
        }
        return problems;
    }
}

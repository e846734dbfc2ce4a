package dev.sfntest.cli.mock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mocks in force for one test case: the base mock file's entries, with the case's {@code mockOverrides}
 * replacing entries of the same state. Within one list the first entry for a state wins, as in the reference
 * tool.
 */
public final class MockSet {
    private final Map<String, MockSpec> byState;

    private MockSet(Map<String, MockSpec> byState) {
        this.byState = Collections.unmodifiableMap(byState);
    }

    public static MockSet of(MockFile base, List<MockSpec> overrides) {
        Map<String, MockSpec> map = new LinkedHashMap<>();
        for (MockSpec mock : base.mocks()) {
            map.putIfAbsent(mock.state(), mock);
        }
        Map<String, MockSpec> replaced = new LinkedHashMap<>();
        for (MockSpec mock : overrides) {
            replaced.putIfAbsent(mock.state(), mock);
        }
        map.putAll(replaced);
        return new MockSet(map);
    }

    public Optional<MockSpec> forState(String stateName) {
        return Optional.ofNullable(byState.get(stateName));
    }

    public Map<String, MockSpec> byState() {
        return byState;
    }
}

package dev.sfntest.cli.coverage;

import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.model.StateMachine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, across every case of a run ({@code --cov}), what each state machine's executions did. State machines are
 * told apart by name (the config's name, or the file's base name), so several suites of one machine add up.
 */
public final class CoverageRecorder {
    private final Map<String, MachineCoverage> machines = new LinkedHashMap<>();

    public void record(String stateMachineName, StateMachine machine, ExecutionResult result) {
        machine(stateMachineName, machine).record(result.visits());
    }

    private synchronized MachineCoverage machine(String name, StateMachine machine) {
        return machines.computeIfAbsent(name, n -> new MachineCoverage(n, CoverageModel.of(machine)));
    }

    /** Every state machine that ran, in the order they first ran. */
    public synchronized List<MachineCoverage> machines() {
        return new ArrayList<>(machines.values());
    }
}

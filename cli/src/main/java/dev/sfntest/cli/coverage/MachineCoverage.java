package dev.sfntest.cli.coverage;

import dev.sfntest.engine.Run;
import dev.sfntest.engine.StateVisit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cases of one state machine did, against what its definition allows: how often each state was entered
 * and which (source, target) pairs were seen. A transition counts as taken when its source and target were seen one
 * after the other; two fields naming the same target (a Choice rule and the Default, say) cannot be told apart by
 * what an execution records, so both count. Thread-safe: cases may run concurrently.
 */
public final class MachineCoverage {
    private final String name;
    private final CoverageModel model;
    private final Map<String, Long> entries = new LinkedHashMap<>();
    private final Set<String> seenPairs = new HashSet<>();
    private final Set<List<String>> distinctPaths = new HashSet<>();
    private int executions;

    MachineCoverage(String name, CoverageModel model) {
        this.name = name;
        this.model = model;
        model.states().forEach(s -> entries.put(s, 0L));
    }

    synchronized void record(List<StateVisit> visits) {
        executions++;
        distinctPaths.add(visits.stream().map(StateVisit::name).toList());
        walk(visits, "");
    }

    private void walk(List<StateVisit> visits, String prefix) {
        String previous = null;
        for (StateVisit visit : visits) {
            String state = prefix + visit.name();
            entries.merge(state, 1L, Long::sum);
            if (previous != null) seenPairs.add(previous + "\u0000" + state);
            previous = state;
            List<Run> runs = visit.runs();
            boolean parallel = "Parallel".equals(visit.type());
            for (int i = 0; i < runs.size(); i++) {
                walk(runs.get(i).visits(), parallel ? state + "[" + i + "]." : state + ".");
            }
        }
    }

    public String name() {
        return name;
    }

    public synchronized int executions() {
        return executions;
    }

    /** How many different top-level paths the executions took. */
    public synchronized int distinctPaths() {
        return distinctPaths.size();
    }

    /** Times each state of the definition was entered, in definition order (0 for states never entered). */
    public synchronized Map<String, Long> entries() {
        Map<String, Long> inModel = new LinkedHashMap<>();
        model.states().forEach(s -> inModel.put(s, entries.getOrDefault(s, 0L)));
        return inModel;
    }

    public synchronized List<String> statesNotEntered() {
        return model.states().stream().filter(s -> entries.getOrDefault(s, 0L) == 0).toList();
    }

    public int stateCount() {
        return model.states().size();
    }

    public synchronized List<Transition> transitionsNotTaken() {
        return model.transitions().stream().filter(t -> !seenPairs.contains(t.from() + "\u0000" + t.to())).toList();
    }

    public int transitionCount() {
        return model.transitions().size();
    }

    /** Covered share in percent, one decimal; 100 for an empty set. */
    static double percent(int covered, int total) {
        return total == 0 ? 100.0 : Math.floor(1000.0 * covered / total) / 10.0;
    }
}

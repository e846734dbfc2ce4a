package dev.sfntest.cli.run;

import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.StateMachine;
import java.util.LinkedHashSet;
import java.util.Set;

/** Every state name of a workflow, nested ones included (mocks and expectations may name any of them). */
final class StateNames {
    private StateNames() {}

    static Set<String> of(StateMachine machine) {
        Set<String> names = new LinkedHashSet<>();
        collect(machine, names);
        return names;
    }

    private static void collect(StateMachine machine, Set<String> names) {
        for (State s : machine.states().values()) {
            names.add(s.name());
            if (s instanceof MapState m && m.processor() != null) collect(m.processor(), names);
            if (s instanceof ParallelState p) p.branches().forEach(b -> collect(b, names));
        }
    }
}

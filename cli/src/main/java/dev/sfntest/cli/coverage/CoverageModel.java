package dev.sfntest.cli.coverage;

import dev.sfntest.engine.model.Catcher;
import dev.sfntest.engine.model.ChoiceState;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.Resilience;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.model.TaskState;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a definition can do, as coverage counts it: every state, at every depth, under its qualified name, and
 * every transition the definition names (Next, each Choice rule, Default, each Catch). Names inside a Map's
 * ItemProcessor are prefixed with the Map's name ({@code ProcessItems.Check}), inside a Parallel branch with the
 * state's name and the branch index ({@code Fanout[1].B}) — a Parallel's branches may reuse names.
 */
public record CoverageModel(List<String> states, List<Transition> transitions) {

    public static CoverageModel of(StateMachine machine) {
        List<String> states = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        walk(machine, "", states, transitions);
        return new CoverageModel(List.copyOf(states), List.copyOf(transitions));
    }

    private static void walk(StateMachine machine, String prefix, List<String> states, List<Transition> transitions) {
        for (State state : machine.states().values()) {
            String name = prefix + state.name();
            states.add(name);
            if (state.common().next() != null) transitions.add(new Transition(name, prefix + state.common().next(), "Next"));
            if (state instanceof ChoiceState choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    transitions.add(new Transition(name, prefix + choice.choices().get(i).next(), "Choices[" + i + "]"));
                }
                if (choice.defaultNext() != null) transitions.add(new Transition(name, prefix + choice.defaultNext(), "Default"));
            }
            List<Catcher> catchers = catchers(state);
            for (int i = 0; i < catchers.size(); i++) {
                transitions.add(new Transition(name, prefix + catchers.get(i).next(), "Catch[" + i + "]"));
            }
            if (state instanceof MapState map) walk(map.processor(), name + ".", states, transitions);
            if (state instanceof ParallelState parallel) {
                for (int b = 0; b < parallel.branches().size(); b++) {
                    walk(parallel.branches().get(b), name + "[" + b + "].", states, transitions);
                }
            }
        }
    }

    private static List<Catcher> catchers(State state) {
        Resilience resilience = state instanceof TaskState t ? t.resilience()
                : state instanceof MapState m ? m.resilience()
                : state instanceof ParallelState p ? p.resilience()
                : null;
        return resilience == null ? List.of() : resilience.catchers();
    }
}

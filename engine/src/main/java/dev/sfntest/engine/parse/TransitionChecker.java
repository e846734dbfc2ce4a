package dev.sfntest.engine.parse;

import dev.sfntest.engine.model.ChoiceState;
import dev.sfntest.engine.model.FailState;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.SucceedState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the transitions of one state list: every Next / Choice Next / Default / Catch Next names a state of the
 * same list, some state ends the workflow, and every state can be reached from StartAt.
 */
final class TransitionChecker {
    private final Problems problems;

    TransitionChecker(Problems problems) {
        this.problems = problems;
    }

    /** A transition as written: where it sits (JSON pointer of the field) and where it goes. */
    private record Transition(String pointer, String target) {}

    void check(List<String> names, Map<String, State> states, String startAt, String pointer) {
        boolean hasTerminal = false;
        boolean brokenTransition = false;
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (State s : states.values()) {
            String sp = pointer + "/States/" + DefinitionParser.escape(s.name());
            List<Transition> transitions = new ArrayList<>();
            if (s.common().next() != null) transitions.add(new Transition(sp + "/Next", s.common().next()));
            if (s.common().end() || s instanceof SucceedState || s instanceof FailState) hasTerminal = true;
            if (s instanceof ChoiceState c) {
                for (int i = 0; i < c.choices().size(); i++) {
                    String next = c.choices().get(i).next();
                    if (next != null) transitions.add(new Transition(sp + "/Choices/" + i + "/Next", next));
                }
                if (c.defaultNext() != null) transitions.add(new Transition(sp + "/Default", c.defaultNext()));
            }
            List<String> catchTargets = ResilienceParser.catchTargets(s).toList();
            for (int i = 0; i < catchTargets.size(); i++) {
                transitions.add(new Transition(sp + "/Catch/" + i + "/Next", catchTargets.get(i)));
            }
            List<String> targets = new ArrayList<>();
            for (Transition t : transitions) {
                targets.add(t.target());
                if (!names.contains(t.target())) {
                    brokenTransition = true;
                    problems.add("UNKNOWN_STATE", t.pointer(), "'" + t.target() + "' is not a state here"
                            + Suggestions.closest(t.target(), names).map(n -> "; did you mean '" + n + "'?").orElse("")
                            + " States are: " + String.join(", ", names) + ".");
                }
            }
            edges.put(s.name(), targets);
        }
        if (!hasTerminal && !states.isEmpty()) {
            problems.add("NO_TERMINAL_STATE", pointer + "/States", "no state ends the workflow (End: true, Succeed or Fail).");
        }
        // A misspelt transition makes its intended target look unreachable; report the cause, not the echo.
        if (startAt == null || !names.contains(startAt) || brokenTransition) return;
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(startAt));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (!reached.add(n)) continue;
            todo.addAll(edges.getOrDefault(n, List.of()));
        }
        for (String n : names) {
            if (!reached.contains(n) && states.containsKey(n)) {
                problems.add("UNREACHABLE_STATE", pointer + "/States/" + DefinitionParser.escape(n), "the state '" + n
                        + "' can never be reached from StartAt '" + startAt + "'.");
            }
        }
    }
}

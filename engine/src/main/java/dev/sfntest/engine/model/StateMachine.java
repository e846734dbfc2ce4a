package dev.sfntest.engine.model;

import java.util.Map;

/**
 * A loaded, validated and compiled workflow: the top-level machine, a Parallel branch or a Map's ItemProcessor.
 * Immutable and reusable across any number of executions.
 *
 * @param startAt        the first state
 * @param states         states by name, in definition order
 * @param queryLanguage  the default language of its states
 * @param timeoutSeconds the machine's TimeoutSeconds, or null
 */
public record StateMachine(String startAt, Map<String, State> states, QueryLanguage queryLanguage,
                           Integer timeoutSeconds) {

    public State state(String name) {
        return states.get(name);
    }
}

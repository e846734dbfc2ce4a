package dev.sfntest.engine.model;

import java.util.List;

/** Retry and Catch of a Task, Parallel or Map state. */
public record Resilience(List<Retrier> retriers, List<Catcher> catchers) {
    public static final Resilience NONE = new Resilience(List.of(), List.of());
}

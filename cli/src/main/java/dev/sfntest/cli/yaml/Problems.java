package dev.sfntest.cli.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while loading user files, so that all of them are reported at once instead of
 * one per run. Not thread-safe: one collector per loading pass.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void add(Location location, String keyPath, String message) {
        add(Problem.at(location, keyPath, message));
    }

    public void add(Location location, String keyPath, String message, String suggestion) {
        add(Problem.at(location, keyPath, message, suggestion));
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** Throws an {@link InputException} holding every problem so far, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}

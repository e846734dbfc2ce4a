package dev.sfntest.engine.spi;

import java.util.Optional;

/** Lets a test force a Choice state's transition (a mock whose response holds {@code Next}). */
@FunctionalInterface
public interface ChoiceOverride {
    /** The state to go to instead of evaluating the rules, or empty to evaluate them normally. */
    Optional<String> nextFor(String stateName, String statePath);

    ChoiceOverride NONE = (name, path) -> Optional.empty();
}

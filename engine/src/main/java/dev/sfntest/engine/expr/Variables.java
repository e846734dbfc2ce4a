package dev.sfntest.engine.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** Read access to workflow variables (set by {@code Assign}) visible from the current state. */
@FunctionalInterface
public interface Variables {
    /** The value of variable {@code name} (without the {@code $}), or {@code null} when it is not assigned. */
    JsonNode get(String name);

    Variables NONE = name -> null;
}

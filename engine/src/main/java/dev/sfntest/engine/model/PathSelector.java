package dev.sfntest.engine.model;

import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;

/**
 * InputPath or OutputPath: absent selects the whole value ({@code $}); JSON {@code null} discards it (the state
 * then sees {@code {}}); otherwise a path.
 */
public record PathSelector(JsonPathExpression path, boolean discard) {
    public static final PathSelector WHOLE = new PathSelector(null, false);
    public static final PathSelector DISCARD = new PathSelector(null, true);

    public boolean isWhole() {
        return path == null && !discard;
    }
}

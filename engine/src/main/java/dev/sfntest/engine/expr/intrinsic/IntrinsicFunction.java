package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import java.util.List;

/**
 * One {@code States.*} intrinsic function: its name, how many arguments it takes, and what it computes from the
 * already evaluated argument values.
 *
 * <p>Implementations are stateless singletons. They report bad argument values by throwing
 * {@link IntrinsicArgumentException}; {@link Argument.Call} turns that into the workflow error.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">AWS: intrinsic functions</a>
 */
interface IntrinsicFunction {
    /** The full name as written in a definition, e.g. {@code States.Format}. */
    String name();

    /** Fewest arguments accepted. */
    int minArguments();

    /** Most arguments accepted; {@link Integer#MAX_VALUE} when unbounded. */
    int maxArguments();

    /**
     * Checks what can be checked when the definition is loaded (e.g. a literal template's placeholder count).
     * Throws IllegalArgumentException with a readable message. The arity is already checked.
     */
    default void validate(List<Argument> arguments) {}

    /** Computes the result; {@code args} has between min and max values, none of them Java null. */
    JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx);
}

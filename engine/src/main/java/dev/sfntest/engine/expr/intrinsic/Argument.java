package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import java.util.List;

/** One compiled argument of an intrinsic call: a literal, a reference path, or a nested call. */
sealed interface Argument {

    /** The argument's value; never Java null (a JSON null is {@code NullNode}). */
    JsonNode evaluate(EvaluationContext ctx);

    /** The argument as written in the definition. */
    String text();

    /** A number, {@code true}, {@code false} or {@code null} written in the call. */
    record Literal(JsonNode value, String text) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) { return value; }
    }

    /**
     * A quoted string. {@code templatePieces} is the text split at each unescaped {@code {}}, so that
     * {@code States.Format} can tell a placeholder from an escaped {@code \{\}} (AWS guide, "Reserved characters").
     */
    record StringLiteral(JsonNode value, List<String> templatePieces, String text) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) { return value; }
    }

    /** {@code $.a}, {@code $$.Execution.Id} or {@code $var.field}: must find a value, or the state fails. */
    record PathArgument(JsonPathExpression path, String callText) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) {
            JsonNode value = path.read(ctx);
            if (value == null) {
                JsonNode document = path.text().startsWith("$$") ? ctx.contextObject().get() : ctx.input();
                throw IntrinsicCauses.pathNotFound(path.text(), callText, document);
            }
            return value;
        }

        @Override
        public String text() { return path.text(); }
    }

    /** A nested (or the outermost) {@code States.Name(...)} call. */
    record Call(IntrinsicFunction function, List<Argument> arguments, String text) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext ctx) {
            JsonNode[] values = new JsonNode[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(ctx);
            }
            try {
                return function.apply(values, arguments, ctx);
            } catch (IntrinsicArgumentException e) {
                throw IntrinsicCauses.invalidArguments(text, e.detail());
            }
        }
    }
}

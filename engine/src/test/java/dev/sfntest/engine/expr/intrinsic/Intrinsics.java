package dev.sfntest.engine.expr.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;

/** Test shorthand: compile and evaluate an intrinsic against inline JSON. */
final class Intrinsics {
    private Intrinsics() {}

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonNode eval(String expression, String input) {
        return IntrinsicExpression.compile(expression)
                .evaluate(EvaluationContext.of(json(input), RandomSource.seeded(7)));
    }

    static String evalJson(String expression, String input) {
        return Json.write(eval(expression, input));
    }

    static StatesException failure(String expression, String input) {
        return catchThrowableOfType(() -> eval(expression, input), StatesException.class);
    }
}

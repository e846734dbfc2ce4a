package dev.sfntest.engine.expr.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code $parse(jsonString)}: JSON text to a value, AWS's replacement for {@code $eval}. Recorded cases:
 * intrinsic_functions/test_json_manipulation_jsonata.test_parse ("-0" → 0, "1.1" → 1.1, "[1, 2, \"HelloWorld\"]").
 */
final class ParseFunction implements AwsFunction {
    @Override public String name() { return "parse"; }

    @Override public String signature() { return "<s:x>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        Object text = AwsFunction.arg(args, 0);
        if (text == null) return null;
        try {
            return JsonataValues.toJava(Json.parse((String) text));
        } catch (JsonProcessingException e) {
            throw AwsFunction.failure("Unable to parse the JSON string " + JsonataMessages.stringify(text)
                    + ": " + e.getOriginalMessage());
        }
    }
}

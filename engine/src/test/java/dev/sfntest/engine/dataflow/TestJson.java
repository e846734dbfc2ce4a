package dev.sfntest.engine.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.spi.RandomSource;
import java.util.Map;

final class TestJson {
    private TestJson() {}

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EvaluationContext ctx(String input) {
        return new EvaluationContext(json(input), () -> json("{\"Execution\":{\"Name\":\"run-1\"}}"),
                Map.of("total", json("{\"n\":3}"))::get, null, null, RandomSource.seeded(1));
    }
}

package dev.sfntest.engine.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The engine's one Jackson {@link ObjectMapper}, and AWS's compact JSON rendering of values. */
public final class Json {
    private Json() {}

    /** Shared, thread-safe mapper. Big decimals keep numbers exactly as written (1.0 stays 1.0). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static {
        MAPPER.setNodeFactory(NODES);
    }

    /** Compact JSON text, as AWS prints values in causes and history: {"a":1,"b":[true]}. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** Parses JSON text; throws Jackson's exception (with line/column) when the text is not JSON. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}

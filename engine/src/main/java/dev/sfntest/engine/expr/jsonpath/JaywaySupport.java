package dev.sfntest.engine.expr.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.sfntest.engine.expr.Json;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The engine's one Jayway {@link Configuration}, and conversion of Jayway's results back to Jackson nodes. */
final class JaywaySupport {
    private JaywaySupport() {}

    /** No options: a definite path that finds nothing throws, which is how we tell "missing" from JSON null. */
    static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new BoundedIndexProvider())
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    /**
     * Jackson's {@code ArrayNode.get} answers null past the end, which Jayway would report as a JSON null. A
     * missing element must be "no result" (as with Jayway's default provider), so out-of-range indexes throw
     * the IndexOutOfBoundsException Jayway expects.
     */
    private static final class BoundedIndexProvider extends JacksonJsonNodeJsonProvider {
        BoundedIndexProvider() {
            super(Json.MAPPER);
        }

        @Override
        public Object getArrayIndex(Object obj, int idx) {
            if (obj instanceof ArrayNode array && (idx < 0 || idx >= array.size())) {
                throw new IndexOutOfBoundsException(idx);
            }
            return super.getArrayIndex(obj, idx);
        }
    }

    /** Jayway hands back Jackson nodes, or plain Java values for function results ({@code length()}). */
    static JsonNode toNode(Object value) {
        if (value == null) return Json.NODES.nullNode();
        if (value instanceof JsonNode node) return node;
        if (value instanceof String s) return Json.NODES.textNode(s);
        if (value instanceof Boolean b) return Json.NODES.booleanNode(b);
        if (value instanceof Integer i) return Json.NODES.numberNode(i);
        if (value instanceof Long l) return Json.NODES.numberNode(l);
        if (value instanceof BigDecimal d) return Json.NODES.numberNode(d);
        if (value instanceof BigInteger b) return Json.NODES.numberNode(b);
        if (value instanceof Double d) return Json.NODES.numberNode(d);
        return Json.MAPPER.valueToTree(value);
    }
}

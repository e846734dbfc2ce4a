package dev.sfntest.engine.map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a JSON Lines object ({@code InputType: JSONL}): each line holds one JSON value, which becomes one item.
 * Blank lines are skipped. Not thread-safe.
 */
public final class JsonlItemReader extends StreamingJsonReader {

    public JsonlItemReader(InputStream in, String name) {
        super(in, name);
    }

    @Override
    protected JsonNode readItem() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) return null;
        return Json.MAPPER.readTree(parser);
    }
}

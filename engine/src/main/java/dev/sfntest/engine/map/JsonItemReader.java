package dev.sfntest.engine.map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the elements of a JSON array object one at a time ({@code InputType: JSON}), never holding the whole
 * array. With {@code ItemsPointer} the array is found inside a JSON object by JSON Pointer.
 *
 * <p>A top level that is not an array fails with {@code States.ItemReaderFailed} and AWS's cause
 * "Attempting to map over non-iterable node." Values keep their JSON types (numbers stay numbers, unlike CSV).
 * Not thread-safe.
 */
public final class JsonItemReader extends StreamingJsonReader {
    private final String itemsPointer;
    private boolean started;

    /**
     * @param itemsPointer a JSON Pointer ({@code /data/items}) to the array, or null/empty for the top level
     */
    public JsonItemReader(InputStream in, String name, String itemsPointer) {
        super(in, name);
        this.itemsPointer = itemsPointer == null || itemsPointer.isEmpty() ? null : itemsPointer;
    }

    @Override
    protected JsonNode readItem() throws IOException {
        if (!started) {
            started = true;
            JsonToken first = parser.nextToken();
            if (itemsPointer != null) first = moveTo(first, itemsPointer);
            if (first != JsonToken.START_ARRAY) {
                close();
                throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, MapCauses.notIterable());
            }
        }
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) return null;
        return Json.MAPPER.readTree(parser);
    }

    /** Walks the token stream down the pointer; returns the token of the target value. */
    private JsonToken moveTo(JsonToken current, String pointer) throws IOException {
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (current == JsonToken.START_OBJECT) {
                boolean found = false;
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals(segment)) {
                        current = value;
                        found = true;
                        break;
                    }
                    parser.skipChildren();
                }
                if (!found) return notFound(pointer);
            } else if (current == JsonToken.START_ARRAY && segment.matches("0|[1-9][0-9]*")) {
                int index = Integer.parseInt(segment);
                JsonToken t = parser.nextToken();
                for (int i = 0; i < index && t != JsonToken.END_ARRAY; i++) {
                    parser.skipChildren();
                    t = parser.nextToken();
                }
                if (t == JsonToken.END_ARRAY) return notFound(pointer);
                current = t;
            } else {
                return notFound(pointer);
            }
        }
        return current;
    }

    private JsonToken notFound(String pointer) {
        close();
        throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, MapCauses.itemsPointerNotFound(pointer));
    }
}

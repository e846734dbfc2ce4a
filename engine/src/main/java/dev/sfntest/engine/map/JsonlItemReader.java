package dev.sfntest.engine.map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * Streams a JSON Lines object ({@code InputType: JSONL}): each line holds one JSON value, which becomes one item.
 * Blank lines are skipped. Not thread-safe.
 */
public final class JsonlItemReader implements CloseableIterator<JsonNode> {
    private final JsonParser parser;
    private final String name;
    private boolean finished;
    private JsonNode next;

    public JsonlItemReader(InputStream in, String name) {
        this.name = name;
        try {
            this.parser = Json.MAPPER.createParser(in);
        } catch (IOException e) {
            throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, MapCauses.readFailed(name, e.getMessage()));
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readNext();
            if (next == null) close();
        }
        return next != null;
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) throw new NoSuchElementException();
        JsonNode item = next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        finished = true;
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing left to read
        }
    }

    private JsonNode readNext() {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) return null;
            return Json.MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            close();
            throw StatesException.inState(StatesErrors.ITEM_READER_FAILED,
                    MapCauses.malformedJson(name, e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            close();
            throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, MapCauses.readFailed(name, e.getMessage()));
        }
    }
}

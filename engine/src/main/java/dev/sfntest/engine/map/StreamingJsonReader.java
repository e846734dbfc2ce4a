package dev.sfntest.engine.map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * The streaming skeleton of the JSON-based readers: one Jackson parser over the object, one item read ahead,
 * and read failures turned into {@code States.ItemReaderFailed}. Subclasses only say how the next item is found.
 */
abstract class StreamingJsonReader implements CloseableIterator<JsonNode> {
    protected final JsonParser parser;
    protected final String name;
    private boolean finished;
    private JsonNode next;

    StreamingJsonReader(InputStream in, String name) {
        this.name = name;
        try {
            this.parser = Json.MAPPER.createParser(in);
        } catch (IOException e) {
            throw StatesException.inState(StatesErrors.ITEM_READER_FAILED, MapCauses.readFailed(name, e.getMessage()));
        }
    }

    /** The next item, or null when there is none left. */
    protected abstract JsonNode readItem() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            next = readNext();
            if (next == null) close();
        }
        return next != null;
    }

    @Override
    public final JsonNode next() {
        if (!hasNext()) throw new NoSuchElementException();
        JsonNode item = next;
        next = null;
        return item;
    }

    @Override
    public final void close() {
        finished = true;
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing left to read
        }
    }

    private JsonNode readNext() {
        try {
            return readItem();
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

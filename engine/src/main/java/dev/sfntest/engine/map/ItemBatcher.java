package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.expr.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups items into batches, one child execution input each, as a Distributed Map's {@code ItemBatcher} does.
 *
 * <p>Each batch is {@code {"BatchInput": <BatchInput>, "Items": [...]}}, the {@code BatchInput} key only when one is
 * configured (<a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html">ItemBatcher
 * (Map)</a>). A batch closes when it holds MaxItemsPerBatch items or when the next item would make the batch's
 * compact UTF-8 JSON, BatchInput included, longer than MaxInputBytesPerBatch. An item that alone exceeds the byte
 * limit travels in a batch of its own (AWS's behaviour for that case is not recorded).
 *
 * @param maxItemsPerBatch      the evaluated MaxItemsPerBatch(Path), or null
 * @param maxInputBytesPerBatch the evaluated MaxInputBytesPerBatch(Path), or null
 * @param batchInput            the evaluated BatchInput, or null
 */
public record ItemBatcher(Integer maxItemsPerBatch, Integer maxInputBytesPerBatch, JsonNode batchInput) {

    /** AWS's ceiling for MaxInputBytesPerBatch: 256 KiB, the child execution input limit. */
    public static final int MAX_INPUT_BYTES_LIMIT = 256 * 1024;

    private static final int ITEMS_ONLY_OVERHEAD = "{\"Items\":[]}".length();
    private static final int BATCH_INPUT_OVERHEAD = "{\"BatchInput\":,\"Items\":[]}".length();

    public ItemBatcher {
        if (maxItemsPerBatch == null && maxInputBytesPerBatch == null) {
            throw new IllegalArgumentException(
                    "ItemBatcher needs MaxItemsPerBatch(Path) or MaxInputBytesPerBatch(Path)");
        }
        if (maxItemsPerBatch != null && maxItemsPerBatch <= 0) {
            throw new IllegalArgumentException("ItemBatcher.MaxItemsPerBatch must be a positive integer, got "
                    + maxItemsPerBatch);
        }
        if (maxInputBytesPerBatch != null && (maxInputBytesPerBatch <= 0
                || maxInputBytesPerBatch > MAX_INPUT_BYTES_LIMIT)) {
            throw new IllegalArgumentException("ItemBatcher.MaxInputBytesPerBatch must be between 1 and "
                    + MAX_INPUT_BYTES_LIMIT + ", got " + maxInputBytesPerBatch);
        }
    }

    /** Same as the constructor; reads better at call sites. */
    public static ItemBatcher of(Integer maxItemsPerBatch, Integer maxInputBytesPerBatch, JsonNode batchInput) {
        return new ItemBatcher(maxItemsPerBatch, maxInputBytesPerBatch, batchInput);
    }

    /** Streams the batches of {@code items}; closing the result closes {@code items}. */
    public CloseableIterator<JsonNode> batches(CloseableIterator<JsonNode> items) {
        return new Batches(items);
    }

    /** The UTF-8 length of the value's compact JSON, as AWS measures payloads. */
    static long jsonBytes(JsonNode value) {
        CountingStream counter = new CountingStream();
        try {
            Json.MAPPER.writeValue(counter, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private final class Batches implements CloseableIterator<JsonNode> {
        private final CloseableIterator<JsonNode> items;
        private final int maxItems = maxItemsPerBatch == null ? Integer.MAX_VALUE : maxItemsPerBatch;
        private final long maxBytes = maxInputBytesPerBatch == null ? Long.MAX_VALUE : maxInputBytesPerBatch;
        private final long emptyBatchBytes = batchInput == null ? ITEMS_ONLY_OVERHEAD
                : BATCH_INPUT_OVERHEAD + jsonBytes(batchInput);
        private JsonNode carried;
        private long carriedBytes;

        Batches(CloseableIterator<JsonNode> items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return carried != null || items.hasNext();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) throw new NoSuchElementException();
            List<JsonNode> batch = new ArrayList<>(Math.min(maxItems, 1024));
            long bytes = emptyBatchBytes;
            boolean countBytes = maxBytes != Long.MAX_VALUE;
            if (carried != null) {
                batch.add(carried);
                bytes += carriedBytes;
                carried = null;
            }
            while (batch.size() < maxItems && items.hasNext()) {
                JsonNode item = items.next();
                if (countBytes) {
                    long size = jsonBytes(item) + (batch.isEmpty() ? 0 : 1);
                    if (!batch.isEmpty() && bytes + size > maxBytes) {
                        carried = item;
                        carriedBytes = size - 1;
                        break;
                    }
                    bytes += size;
                }
                batch.add(item);
            }
            LinkedHashMap<String, JsonNode> fields = new LinkedHashMap<>(4);
            if (batchInput != null) fields.put("BatchInput", batchInput);
            fields.put("Items", new ArrayNode(Json.NODES, batch));
            return new ObjectNode(Json.NODES, fields);
        }

        @Override
        public void close() {
            items.close();
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override public void write(int b) { count++; }

        @Override public void write(byte[] b, int off, int len) { count += len; }
    }
}

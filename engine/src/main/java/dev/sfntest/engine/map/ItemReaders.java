package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.error.StatesException;
import dev.sfntest.engine.spi.ItemData;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Opens the right item reader for what an {@link dev.sfntest.engine.spi.ItemSource} returned, and applies
 * MaxItems. This is the one entry point the Map executor calls for ItemReader data.
 */
public final class ItemReaders {
    private ItemReaders() {}

    /** {@link #open(ReaderConfig, ItemData, Integer, ObjectOpener)} for data that needs no other objects. */
    public static CloseableIterator<JsonNode> open(ReaderConfig config, ItemData data, Integer maxItems) {
        return open(config, data, maxItems, ObjectOpener.NONE);
    }

    /**
     * Streams the items of {@code data}.
     *
     * <p>The parser is chosen by {@link ItemData.Bytes#format()} when the source knows it (csv, json, jsonl,
     * manifest), else by ReaderConfig.InputType. {@link ItemData.Items} are passed through as given.
     *
     * @param maxItems the evaluated MaxItems/MaxItemsPath, or null to use the ReaderConfig's static MaxItems;
     *                 0 means no limit, as on AWS
     * @param opener   where a MANIFEST reader finds the inventory's data files
     * @throws StatesException {@code States.ItemReaderFailed} when the object cannot be read (also lazily from
     *                         {@code hasNext()/next()} while streaming)
     * @throws IllegalArgumentException for YAML bytes: the caller (the cli) converts YAML to JSON first
     */
    public static CloseableIterator<JsonNode> open(ReaderConfig config, ItemData data, Integer maxItems,
                                                   ObjectOpener opener) {
        Integer max = maxItems != null ? maxItems : config.maxItems();
        CloseableIterator<JsonNode> items = data instanceof ItemData.Items given
                ? of(given.items().iterator())
                : openBytes(config, (ItemData.Bytes) data, opener);
        return max == null || max <= 0 ? items : new Limited(items, max);
    }

    private static CloseableIterator<JsonNode> openBytes(ReaderConfig config, ItemData.Bytes bytes,
                                                         ObjectOpener opener) {
        String format = bytes.format() != null ? bytes.format().toLowerCase(Locale.ROOT)
                : config.inputType() != null ? config.inputType().name().toLowerCase(Locale.ROOT) : null;
        if (format == null) {
            throw new IllegalArgumentException("no InputType or data format for " + bytes.name());
        }
        if (format.equals("yaml") || format.equals("yml")) {
            throw new IllegalArgumentException("YAML item data (" + bytes.name()
                    + ") must be converted to JSON before it reaches the engine");
        }
        InputStream in;
        try {
            in = bytes.bytes().open();
        } catch (IOException e) {
            throw StatesException.inState(StatesErrors.ITEM_READER_FAILED,
                    MapCauses.readFailed(bytes.name(), e.getMessage()));
        }
        // Parsing runs on its own thread, ahead of the child executions that consume the items (bounded).
        return switch (format) {
            case "csv" -> PrefetchingIterator.of(CsvItemReader.of(in, bytes.name(), config));
            case "json" -> config.itemsPointer() == null || config.itemsPointer().isEmpty()
                    ? new ParallelJsonItemReader(bytes, in)
                    : PrefetchingIterator.of(new JsonItemReader(in, bytes.name(), config.itemsPointer()));
            case "jsonl" -> PrefetchingIterator.of(new JsonlItemReader(in, bytes.name()));
            case "manifest" -> new ManifestItemReader(in, bytes.name(), opener);
            default -> {
                closeQuietly(in);
                throw new IllegalArgumentException("unknown item data format '" + format + "' for " + bytes.name());
            }
        };
    }

    /** A closeable view of a plain iterator. */
    static <T> CloseableIterator<T> of(Iterator<T> it) {
        return new CloseableIterator<>() {
            @Override public boolean hasNext() { return it.hasNext(); }
            @Override public T next() { return it.next(); }
            @Override public void close() {}
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Stops after {@code max} items and releases the underlying reader at once. */
    private static final class Limited implements CloseableIterator<JsonNode> {
        private final CloseableIterator<JsonNode> items;
        private long remaining;

        Limited(CloseableIterator<JsonNode> items, long max) {
            this.items = items;
            this.remaining = max;
        }

        @Override
        public boolean hasNext() {
            if (remaining <= 0) {
                items.close();
                return false;
            }
            return items.hasNext();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) throw new NoSuchElementException();
            remaining--;
            return items.next();
        }

        @Override
        public void close() {
            items.close();
        }
    }
}

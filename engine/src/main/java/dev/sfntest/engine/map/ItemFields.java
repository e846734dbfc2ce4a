package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one item an ItemReader produces, as the map under its {@code ObjectNode}: insertion-ordered like
 * Jackson's own {@code LinkedHashMap}, but two arrays, the key array shared by every row of a CSV object until a
 * row is changed. A million-row object makes a million of these, so the saving (no hash table, no entry objects,
 * no hashing) is most of the cost of building an item. A complete, mutable {@link Map}: a workflow may change an
 * item like any other object. Lookups scan the keys, which suits the few columns of a row; readers use a
 * {@code LinkedHashMap} for wide rows ({@link #MAX_FIELDS}).
 */
final class ItemFields extends AbstractMap<String, JsonNode> {
    /** Above this many fields a hash table wins; readers then use a LinkedHashMap. */
    static final int MAX_FIELDS = 16;

    private String[] keys;
    private JsonNode[] values;
    private int size;
    private boolean sharedKeys;
    private int modCount;

    /**
     * Fields over {@code keys} (shared, never changed here: copied before the first change), with {@code values}
     * (owned) for the first {@code size} of them. Keys must be distinct.
     */
    ItemFields(String[] keys, JsonNode[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.sharedKeys = true;
    }

    /** Empty fields with room for {@code capacity} before growing. */
    ItemFields(int capacity) {
        this.keys = new String[Math.max(capacity, 2)];
        this.values = new JsonNode[keys.length];
    }

    private int indexOf(Object key) {
        if (key == null) return -1;
        String[] k = keys;
        for (int i = 0; i < size; i++) {
            if (k[i] == key) return i;
        }
        for (int i = 0; i < size; i++) {
            if (k[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
        Objects.requireNonNull(key, "key");
        int i = indexOf(key);
        if (i >= 0) {
            JsonNode old = values[i];
            values[i] = value;
            return old;
        }
        if (sharedKeys || size == keys.length) {
            int capacity = size == keys.length ? Math.max(4, size * 2) : keys.length;
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
            sharedKeys = false;
        }
        keys[size] = key;
        values[size] = value;
        size++;
        modCount++;
        return null;
    }

    /**
     * Appends a field known to be new (readers fill rows with distinct keys), without the lookup.
     * Only before the map is handed out.
     */
    void append(String key, JsonNode value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, size * 2));
            values = Arrays.copyOf(values, keys.length);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    @Override
    public JsonNode remove(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : removeAt(i);
    }

    private JsonNode removeAt(int i) {
        if (sharedKeys) {
            keys = keys.clone();
            sharedKeys = false;
        }
        JsonNode old = values[i];
        int tail = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        size--;
        keys[size] = null;
        values[size] = null;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        if (size == 0) return;
        keys = new String[keys.length];
        values = new JsonNode[keys.length];
        sharedKeys = false;
        size = 0;
        modCount++;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;
                    private int expected = modCount;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (expected != modCount) throw new ConcurrentModificationException();
                        if (next >= size) throw new NoSuchElementException();
                        last = next++;
                        return new Field(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) throw new IllegalStateException();
                        if (expected != modCount) throw new ConcurrentModificationException();
                        removeAt(last);
                        next = last;
                        last = -1;
                        expected = modCount;
                    }
                };
            }
        };
    }

    /** A live view of field {@code index}, as a LinkedHashMap entry is. */
    private final class Field implements Entry<String, JsonNode> {
        private final int index;
        private final String key;

        Field(int index) {
            this.index = index;
            this.key = keys[index];
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public JsonNode getValue() {
            return values[index];
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode old = values[index];
            values[index] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}

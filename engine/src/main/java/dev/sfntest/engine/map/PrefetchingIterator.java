package dev.sfntest.engine.map;

import dev.sfntest.engine.error.StatesException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Reads a source iterator on a background thread, a chunk at a time, so parsing a large object overlaps with the
 * child executions that consume its items. At most {@code maxChunks} chunks wait in memory (back-pressure), so
 * memory stays bounded however big the object is. An error of the source (e.g. {@code States.ItemReaderFailed})
 * is rethrown to the consumer in order, after the items read before it. Closing stops the reader thread.
 */
public final class PrefetchingIterator<T> implements CloseableIterator<T> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final CloseableIterator<T> source;
    private volatile boolean closed;
    private List<T> chunk = List.of();
    private int index;
    private boolean ended;

    public PrefetchingIterator(CloseableIterator<T> source, int chunkSize, int maxChunks) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(maxChunks + 1);
        this.thread = new Thread(() -> produce(chunkSize), "sfn-test-item-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** A prefetching view with chunks of 1,000 items and up to 16 chunks ahead. */
    public static <T> PrefetchingIterator<T> of(CloseableIterator<T> source) {
        return new PrefetchingIterator<>(source, 1000, 16);
    }

    private void produce(int chunkSize) {
        List<T> buffer = new ArrayList<>(chunkSize);
        try {
            while (!closed && source.hasNext()) {
                buffer.add(source.next());
                if (buffer.size() == chunkSize) {
                    put(buffer);
                    buffer = new ArrayList<>(chunkSize);
                }
            }
            if (!buffer.isEmpty()) put(buffer);
            put(END);
        } catch (RuntimeException | Error e) {
            if (!buffer.isEmpty()) put(buffer); // the items read before the error come first
            put(e); // an Error too (say a stack overflow on deep JSON): the consumer must not wait for ever
        } finally {
            source.close();
        }
    }

    private void put(Object element) {
        offerUntilClosed(queue, element, () -> closed);
    }

    /**
     * Puts {@code element} into the bounded {@code queue}, waiting while it is full, but never past
     * {@code closed}: a reader thread whose consumer has gone away must not block for ever.
     */
    static void offerUntilClosed(BlockingQueue<Object> queue, Object element, BooleanSupplier closed) {
        try {
            while (!closed.getAsBoolean() && !queue.offer(element, 50, TimeUnit.MILLISECONDS)) {
                // the consumer is behind: wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (index >= chunk.size()) {
            if (ended) return false;
            Object element;
            try {
                element = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading items", e);
            }
            if (element == END) {
                ended = true;
                return false;
            }
            if (element instanceof StatesException se) {
                ended = true;
                throw se;
            }
            if (element instanceof RuntimeException re) {
                ended = true;
                throw re;
            }
            if (element instanceof Error error) {
                ended = true;
                throw error;
            }
            chunk = (List<T>) element;
            index = 0;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return chunk.get(index++);
    }

    @Override
    public void close() {
        closed = true;
        ended = true;
        queue.clear();
        thread.interrupt();
    }
}

package dev.sfntest.engine.map;

import java.util.Iterator;

/**
 * An iterator over a resource (a file, a stream) that must be closed when the caller stops reading, even early.
 * {@link #close()} never throws a checked exception and may be called more than once.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
    @Override
    void close();
}

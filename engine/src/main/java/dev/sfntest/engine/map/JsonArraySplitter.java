package dev.sfntest.engine.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Cuts the bytes of a top-level JSON array into chunks of whole elements, each a small JSON array of its own
 * ({@code [e1,e2,…]}), without parsing them: it only follows strings, escapes and brackets. The chunks can then be
 * parsed on several cores at once. It gives up ({@link Split#UNSPLITTABLE}) on anything it does not fully
 * understand — the top level is not an array, a byte-order mark, an empty element, the input ends inside the array
 * — and leaves that input to the ordinary reader, whose errors are the ones users see. Structural characters are
 * ASCII and never occur inside a multi-byte UTF-8 sequence, so scanning bytes is safe. Not thread-safe.
 */
final class JsonArraySplitter {
    /** What {@link #next()} found. */
    sealed interface Split {
        /** The input cannot be split safely; read it in one piece instead. */
        Split UNSPLITTABLE = new Unsplittable();

        /** The array ended. */
        Split END = new End();
    }

    /** A chunk: a JSON array of one or more whole elements. */
    record Chunk(byte[] json) implements Split {}

    private record Unsplittable() implements Split {}

    private record End() implements Split {}

    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    private final int chunkBytes;
    private final byte[] block = new byte[BLOCK];
    private int blockLength;
    private int position;
    private boolean started;
    private boolean ended;
    /** The elements of the chunk being gathered (a plain array: ByteArrayOutputStream locks on every byte). */
    private byte[] current;
    private int currentLength;
    /** Whether the current element has had anything but whitespace since its separating comma. */
    private boolean elementSeen;
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** @param chunkBytes roughly how many bytes of elements go into one chunk (a chunk ends at an element's end) */
    JsonArraySplitter(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.current = new byte[chunkBytes + chunkBytes / 4 + 16];
    }

    /** The next chunk, {@link Split#END} after the last, or {@link Split#UNSPLITTABLE}. */
    Split next() throws IOException {
        if (ended) return Split.END;
        if (!started) {
            Optional<Split> refused = start();
            if (refused.isPresent()) return refused.get();
        }
        // Bytes are inspected one by one but copied in runs: from segmentStart to the current position.
        int segmentStart = position;
        while (true) {
            if (position == blockLength) {
                copy(segmentStart, position);
                if (!fill()) return Split.UNSPLITTABLE; // the input ended inside the array
                segmentStart = 0;
            }
            byte b = block[position++];
            if (inString) {
                if (escaped) escaped = false;
                else if (b == '\\') escaped = true;
                else if (b == '"') inString = false;
                continue;
            }
            if (depth == 1 && (b == ',' || b == ']')) {
                if (!elementSeen) return Split.UNSPLITTABLE; // [,1] or [1,,2] or [1,]: the reader reports it
                copy(segmentStart, position - 1); // the element, without its separator
                if (b == ']') {
                    ended = true;
                    return chunk();
                }
                elementSeen = false;
                if (currentLength >= chunkBytes) return chunk();
                append((byte) ',');
                segmentStart = position;
                continue;
            }
            if (!isWhitespace(b)) elementSeen = true;
            switch (b) {
                case '"' -> inString = true;
                case '[', '{' -> depth++;
                case ']', '}' -> {
                    if (--depth < 1) return Split.UNSPLITTABLE; // more closing brackets than opening ones
                }
                default -> { }
            }
        }
    }

    private void copy(int from, int to) {
        int n = to - from;
        if (n <= 0) return;
        if (currentLength + n > current.length) {
            current = java.util.Arrays.copyOf(current, Math.max(current.length * 2, currentLength + n));
        }
        System.arraycopy(block, from, current, currentLength, n);
        currentLength += n;
    }

    /** Skips leading whitespace and the opening bracket; refuses anything else. */
    private Optional<Split> start() throws IOException {
        started = true;
        while (true) {
            if (position == blockLength && !fill()) return Optional.of(Split.UNSPLITTABLE);
            byte b = block[position++];
            if (isWhitespace(b)) continue;
            if (b != '[') return Optional.of(Split.UNSPLITTABLE);
            depth = 1;
            // An empty array is whitespace then ']': handled as an element never seen, so check it here.
            while (true) {
                if (position == blockLength && !fill()) return Optional.of(Split.UNSPLITTABLE);
                byte c = block[position];
                if (!isWhitespace(c)) break;
                position++;
            }
            if (block[position] == ']') {
                position++;
                ended = true;
                return Optional.of(Split.END);
            }
            return Optional.empty();
        }
    }

    private void append(byte b) {
        if (currentLength == current.length) current = java.util.Arrays.copyOf(current, current.length * 2);
        current[currentLength++] = b;
    }

    private Split chunk() {
        byte[] json = new byte[currentLength + 2];
        json[0] = '[';
        System.arraycopy(current, 0, json, 1, currentLength);
        json[json.length - 1] = ']';
        currentLength = 0;
        return new Chunk(json);
    }

    private boolean fill() throws IOException {
        int n = in.read(block);
        if (n <= 0) return false;
        blockLength = n;
        position = 0;
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}

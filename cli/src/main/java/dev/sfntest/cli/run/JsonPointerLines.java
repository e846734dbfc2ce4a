package dev.sfntest.cli.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON pointers of a JSON text to line:column, so definition problems (reported by pointer) can name the
 * line of the ASL file a user has to fix.
 */
final class JsonPointerLines {
    private final Map<String, int[]> positions = new HashMap<>();

    JsonPointerLines(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            Deque<Object> path = new ArrayDeque<>(); // String for fields, int[] counter for arrays
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    if (!path.isEmpty() && path.peek() instanceof String) path.pop();
                    path.push(p.currentName());
                    record(path, p);
                    continue;
                }
                if (!path.isEmpty() && path.peek() instanceof int[] counter && !t.isStructEnd()) {
                    counter[0]++;
                    path.push(Integer.toString(counter[0] - 1));
                    record(path, p);
                    path.pop();
                }
                if (t == JsonToken.START_ARRAY) {
                    if (!path.isEmpty() && path.peek() instanceof int[] c) path.push(Integer.toString(c[0] - 1));
                    path.push(new int[] {0});
                } else if (t == JsonToken.START_OBJECT) {
                    if (!path.isEmpty() && path.peek() instanceof int[] c) path.push(Integer.toString(c[0] - 1));
                    path.push(new Object[0]); // object marker
                } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    if (!path.isEmpty() && path.peek() instanceof String) path.pop();
                    path.pop(); // the container marker
                    if (!path.isEmpty() && path.peek() instanceof String s && isIndexOfArray(path)) path.pop();
                }
            }
        } catch (IOException e) {
            // An unreadable text has no positions; callers fall back to the pointer alone.
        }
    }

    private static boolean isIndexOfArray(Deque<Object> path) {
        Object top = path.pop();
        boolean result = !path.isEmpty() && path.peek() instanceof int[];
        path.push(top);
        return result;
    }

    private void record(Deque<Object> path, JsonParser p) {
        StringBuilder pointer = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            Object o = it.next();
            if (o instanceof String s) pointer.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        // The token's start (the key, or the array element), where an editor should put the cursor.
        var at = p.currentTokenLocation();
        positions.putIfAbsent(pointer.toString(), new int[] {at.getLineNr(), at.getColumnNr()});
    }

    /** "line:column" of the pointer, or of its nearest ancestor that has one; empty string when unknown. */
    String position(String pointer) {
        String p = pointer;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) return pos[0] + ":" + pos[1];
            int slash = p.lastIndexOf('/');
            if (slash <= 0) return "";
            p = p.substring(0, slash);
        }
    }
}

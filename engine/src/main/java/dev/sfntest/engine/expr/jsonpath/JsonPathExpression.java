package dev.sfntest.engine.expr.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;
import java.util.Optional;

/**
 * A JSONPath compiled once: {@code $.a.b} reads the input, {@code $$.Execution.Id} the context object,
 * {@code $name.field} a variable.
 *
 * <p>AWS evaluates paths with Jayway JsonPath, so anything beyond a simple definite path (wildcards, {@code ..},
 * filters, slices, unions, {@code length()}) is handed to Jayway with the engine's one configuration. Simple
 * definite paths ({@code $}, {@code $.a.b}, {@code $.a[0].b}, {@code $['x y']}) are the hot path of long loops and
 * are evaluated by walking the Jackson tree directly, without allocating.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html">Paths</a>
 */
public final class JsonPathExpression {

    private enum Root { INPUT, CONTEXT, VARIABLE }

    private final String text;
    private final Root root;
    private final String variableName;
    private final JsonPath jayway;
    private final List<PathSegment> segments; // null when the path needs Jayway
    // The fast path's segments as flat arrays, so that read() allocates nothing: a field name, or null + index.
    private final String[] fieldNames;
    private final int[] indexes;

    private JsonPathExpression(String text, Root root, String variableName, JsonPath jayway,
                               List<PathSegment> segments) {
        this.text = text;
        this.root = root;
        this.variableName = variableName;
        this.jayway = jayway;
        this.segments = segments;
        if (segments == null) {
            this.fieldNames = null;
            this.indexes = null;
        } else {
            this.fieldNames = new String[segments.size()];
            this.indexes = new int[segments.size()];
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i) instanceof PathSegment.Field f) fieldNames[i] = f.name();
                else indexes[i] = ((PathSegment.Index) segments.get(i)).index();
            }
        }
    }

    /** Compiles a path; throws IllegalArgumentException with a readable message when it is not a valid path. */
    public static JsonPathExpression compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: it must start with '$'");
        }
        Root root;
        String variableName = null;
        String relative; // the path as Jayway sees it, relative to the root document
        if (text.startsWith("$$")) {
            root = Root.CONTEXT;
            relative = text.substring(1);
        } else if (text.length() == 1 || text.charAt(1) == '.' || text.charAt(1) == '[') {
            root = Root.INPUT;
            relative = text;
        } else {
            root = Root.VARIABLE;
            int end = 1;
            while (end < text.length() && isVariableChar(text.charAt(end))) end++;
            if (end == 1 || Character.isDigit(text.charAt(1))) {
                throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: '$' must be followed by"
                        + " '.', '[', '$' or a variable name");
            }
            variableName = text.substring(1, end);
            relative = "$" + text.substring(end);
        }
        if (!bracketsBalance(relative)) {
            // Jayway quietly accepts a dangling '[' ("$.a[" reads "$.a"); a definition with one is a typo.
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: unbalanced brackets");
        }
        JsonPath jayway;
        try {
            jayway = JsonPath.compile(relative);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: " + e.getMessage(), e);
        }
        return new JsonPathExpression(text, root, variableName, jayway, SimplePathParser.parse(relative));
    }

    private static boolean bracketsBalance(String path) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (--depth < 0) return false;
            }
        }
        return depth == 0 && quote == 0;
    }

    private static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The path as written. */
    public String text() { return text; }

    /** True when the path selects at most one node (Jayway's notion): no wildcard, scan, filter, slice or union. */
    public boolean isDefinite() {
        return segments != null || jayway.isDefinite();
    }

    /** True for {@code $$…} paths, which read the context object. */
    public boolean readsContextObject() { return root == Root.CONTEXT; }

    /** The variable a {@code $name…} path reads, if it is one. */
    public Optional<String> variableName() { return Optional.ofNullable(variableName); }

    /**
     * The fields and indexes of a reference path on the input ({@code $}, {@code $.a.b}, {@code $.a[0]},
     * {@code $['a b']}): what ResultPath and ItemsPath-style fields accept. Empty for any other path.
     */
    public Optional<List<PathSegment>> referenceSegments() {
        return root == Root.INPUT ? Optional.ofNullable(segments) : Optional.empty();
    }

    /** True when {@link #read} walks the Jackson tree itself instead of calling Jayway. */
    boolean usesFastPath() { return segments != null; }

    /** The document the path starts from: the input, the context object, or the variable's value (may be null). */
    public JsonNode rootDocument(EvaluationContext ctx) {
        return switch (root) {
            case INPUT -> ctx.input();
            case CONTEXT -> ctx.contextObject().get();
            case VARIABLE -> ctx.variables().get(variableName);
        };
    }

    /**
     * Reads the value. A definite path that finds nothing answers {@code null} (a JSON null found is a
     * {@code NullNode}); an indefinite path answers an array, empty when nothing matches (even when a parent is
     * missing, as AWS does). An unassigned variable answers {@code null}. The input is never modified, and the
     * node returned may be part of it.
     */
    public JsonNode read(EvaluationContext ctx) {
        JsonNode doc = rootDocument(ctx);
        if (doc == null) return null;
        if (fieldNames != null) return walk(doc);
        try {
            return JaywaySupport.toNode(jayway.read(doc, JaywaySupport.CONFIGURATION));
        } catch (JsonPathException e) {
            return jayway.isDefinite() ? null : Json.NODES.arrayNode();
        }
    }

    private JsonNode walk(JsonNode doc) {
        JsonNode current = doc;
        for (int i = 0; i < fieldNames.length; i++) {
            String name = fieldNames[i];
            if (name != null) {
                if (!current.isObject()) return null;
                current = current.get(name);
            } else {
                if (!current.isArray()) return null;
                int index = indexes[i] < 0 ? current.size() + indexes[i] : indexes[i];
                if (index < 0 || index >= current.size()) return null;
                current = current.get(index);
            }
            if (current == null) return null;
        }
        return current;
    }

    /**
     * Why a definite path found nothing, in Jayway's words as AWS quotes them, e.g.
     * {@code No results for path: $['NoSuchInputPath']} or {@code Missing property in path $['a']}.
     * Runs Jayway, so call it only once a read has failed.
     */
    public String describeMiss(EvaluationContext ctx) {
        JsonNode doc = rootDocument(ctx);
        if (doc != null) {
            try {
                jayway.read(doc, JaywaySupport.CONFIGURATION);
            } catch (JsonPathException e) {
                return e.getMessage();
            }
        }
        return "No results for path: " + jayway;
    }

    @Override
    public String toString() { return text; }
}

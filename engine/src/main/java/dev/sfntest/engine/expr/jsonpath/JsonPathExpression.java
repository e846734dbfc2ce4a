package dev.sfntest.engine.expr.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;

/**
 * A reference path compiled once: {@code $.a.b} reads the input, {@code $$.Execution.Id} the context object,
 * {@code $name.field} a variable.
 *
 * <p>MINIMAL VERSION from the skeleton commit; the expr/jsonpath owner replaces its body, keeping this API.
 */
public final class JsonPathExpression {
    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    private enum Root { INPUT, CONTEXT, VARIABLE }

    private final String text;
    private final Root root;
    private final String variableName;
    private final JsonPath path;

    private JsonPathExpression(String text, Root root, String variableName, JsonPath path) {
        this.text = text;
        this.root = root;
        this.variableName = variableName;
        this.path = path;
    }

    /** Compiles a path; throws IllegalArgumentException with a readable message when it is not a valid path. */
    public static JsonPathExpression compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: it must start with '$'");
        }
        try {
            if (text.startsWith("$$")) {
                return new JsonPathExpression(text, Root.CONTEXT, null, JsonPath.compile(text.substring(1)));
            }
            if (text.length() == 1 || text.charAt(1) == '.' || text.charAt(1) == '[') {
                return new JsonPathExpression(text, Root.INPUT, null, JsonPath.compile(text));
            }
            int end = 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
            String name = text.substring(1, end);
            return new JsonPathExpression(text, Root.VARIABLE, name, JsonPath.compile("$" + text.substring(end)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: " + e.getMessage(), e);
        }
    }

    /** The path as written. */
    public String text() { return text; }

    /** Reads the value; {@code null} when a definite path finds nothing. */
    public JsonNode read(EvaluationContext ctx) {
        JsonNode doc = switch (root) {
            case INPUT -> ctx.input();
            case CONTEXT -> ctx.contextObject().get();
            case VARIABLE -> ctx.variables().get(variableName);
        };
        if (doc == null) return null;
        try {
            return path.read(doc, CONFIGURATION);
        } catch (PathNotFoundException e) {
            return null;
        }
    }
}

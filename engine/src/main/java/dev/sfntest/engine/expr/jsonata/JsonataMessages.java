package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites dashjoin's error messages into jsonata-js's wording, which is what AWS prints.
 *
 * <p>dashjoin copied jsonata-js's {@code errorCodes} table but replaced every "function" with "Object"
 * ("Argument 1 of Object ..."), quotes every inserted value ({@code "1"} where jsonata-js prints {@code 1}),
 * and leaves a third placeholder such as {@code {{type}}} unfilled. jsonata-js fills {@code {{x}}} with
 * {@code JSON.stringify(err.x)} and {@code {{{x}}}} with the raw value; dashjoin keeps two values per error
 * (current, expected) and fills the placeholders in that order, so we do the same with JSON.stringify rules.
 */
final class JsonataMessages {
    private JsonataMessages() {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{(\\w+)}}}|\\{\\{(\\w+)}}");
    private static final Pattern OBJECT_WORD = Pattern.compile("\\bObject\\b");
    private static final Map<String, String> TEMPLATES = loadTemplates();

    @SuppressWarnings("unchecked")
    private static Map<String, String> loadTemplates() {
        try {
            Field field = com.dashjoin.jsonata.Jsonata.class.getDeclaredField("errorCodes");
            field.setAccessible(true);
            return Map.copyOf((Map<String, String>) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The error code, e.g. {@code T0410}; "U1001" for dashjoin's uncoded timebox errors, as jsonata-js codes them. */
    static String code(JException e) {
        String error = e.getError();
        if (error != null && error.matches("[A-Z]\\d{4}")) return error;
        return "U1001";
    }

    /** jsonata-js's message text for this error (without the code). */
    static String message(JException e) {
        String code = e.getError();
        String template = code == null ? null : TEMPLATES.get(code);
        if (template == null) {
            // Uncoded errors (timebox, custom functions) carry their message as the "error".
            return code == null ? String.valueOf(e.getMessage()) : code;
        }
        template = OBJECT_WORD.matcher(template).replaceAll("function");
        Object[] values = {e.getCurrent(), e.getExpected()};
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int next = 0;
        while (m.find()) {
            Object value = next < values.length ? values[next] : null;
            next++;
            String text = m.group(1) != null ? String.valueOf(value) : stringify(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** JavaScript's JSON.stringify for the values dashjoin puts into errors; undefined stays "undefined". */
    static String stringify(Object value) {
        if (value == null) return "undefined";
        try {
            JsonNode node = JsonataValues.toJson(value);
            return node == null ? "undefined" : Json.write(node);
        } catch (JsonataValues.UnsupportedResultException e) {
            return "undefined"; // JSON.stringify(function) is undefined
        }
    }
}

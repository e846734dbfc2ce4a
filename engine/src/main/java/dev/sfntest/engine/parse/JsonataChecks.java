package dev.sfntest.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.JsonataTemplate;
import dev.sfntest.engine.expr.jsonata.JsonataExpression;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds every {@code {% … %}} string in a JSONata field value that is not valid JSONata and reports each one at
 * its own JSON pointer (e.g. {@code /States/A/Output/total}), as AWS rejects these when the definition is
 * validated (AWS-BEHAVIOURS.md point 4), not when the state runs.
 */
final class JsonataChecks {
    private JsonataChecks() {}

    /** Reports each invalid expression under {@code value}; true when all of them compile. */
    static boolean allValid(JsonNode value, String pointer, Problems problems) {
        if (value == null) return true;
        if (value.isTextual()) {
            var text = JsonataTemplate.expressionText(value.textValue());
            if (text.isEmpty()) return true;
            try {
                JsonataExpression.compile(text.get());
                return true;
            } catch (IllegalArgumentException e) {
                problems.add("INVALID_JSONATA", pointer, e.getMessage());
                return false;
            }
        }
        boolean valid = true;
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                valid &= allValid(field.getValue(), pointer + "/" + DefinitionParser.escape(field.getKey()), problems);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) valid &= allValid(value.get(i), pointer + "/" + i, problems);
        }
        return valid;
    }
}

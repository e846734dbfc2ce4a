package dev.sfntest.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.error.Causes;
import dev.sfntest.engine.exec.choice.ChoiceRuleParser;
import dev.sfntest.engine.model.ChoiceBranch;
import dev.sfntest.engine.model.ChoiceCondition;
import dev.sfntest.engine.model.ChoiceState;
import dev.sfntest.engine.model.StateCommon;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Parses a Choice state: JSONPath rules (compiled by {@link ChoiceRuleParser}) or JSONata {@code Condition}s. */
final class ChoiceStateParser {
    private final Problems problems;

    ChoiceStateParser(Problems problems) {
        this.problems = problems;
    }

    ChoiceState parse(StateCommon common, JsonNode node, String pointer, boolean jsonata) {
        JsonNode choices = node.get("Choices");
        List<ChoiceBranch> branches = new ArrayList<>();
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            problems.add("MISSING_FIELD", pointer + "/Choices", "a Choice state needs a non-empty 'Choices' array.");
        } else {
            for (int i = 0; i < choices.size(); i++) {
                JsonNode rule = choices.get(i);
                String rp = pointer + "/Choices/" + i;
                if (!rule.isObject()) {
                    problems.add("WRONG_TYPE", rp, "a Choice rule must be an object.");
                    continue;
                }
                String next = problems.string(rule, "Next", rp);
                if (next == null) problems.add("MISSING_FIELD", rp + "/Next", "a Choice rule needs 'Next'.");
                ValueTemplate assign = rule.has("Assign")
                        ? (jsonata ? problems.jsonataTemplate(rule, "Assign", rp, "Choices[" + i + "]/Assign")
                                : problems.jsonPathTemplate(rule, "Assign", rp))
                        : null;
                ValueTemplate output = jsonata ? problems.jsonataTemplate(rule, "Output", rp, "Choices[" + i + "]/Output") : null;
                ChoiceCondition condition = jsonata ? jsonataCondition(rule, rp, i) : jsonPathCondition(rule, rp);
                branches.add(new ChoiceBranch(condition, next, assign, output));
            }
        }
        String defaultNext = problems.string(node, "Default", pointer);
        return new ChoiceState(common, branches, defaultNext);
    }

    private ChoiceCondition jsonPathCondition(JsonNode rule, String pointer) {
        ObjectNode condition = ((ObjectNode) rule).deepCopy();
        condition.remove(List.of("Next", "Assign", "Comment"));
        if (rule.has("Output") || rule.has("Condition")) {
            problems.add("UNSUPPORTED_FIELD", pointer, "'Condition' and 'Output' belong to JSONata Choice rules.");
        }
        var compiled = problems.compile(pointer, () -> ChoiceRuleParser.parse(condition));
        return compiled == null ? ctx -> false : compiled::evaluate;
    }

    private ChoiceCondition jsonataCondition(JsonNode rule, String pointer, int index) {
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("Condition", "Next", "Assign", "Output", "Comment").contains(f)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + f, "Field '" + f
                        + "' is not supported in a JSONata Choice rule; use 'Condition'.");
            }
        }
        JsonNode c = rule.get("Condition");
        if (c == null) {
            problems.add("MISSING_FIELD", pointer + "/Condition", "a JSONata Choice rule needs 'Condition'.");
            return ctx -> false;
        }
        if (c.isBoolean()) {
            boolean constant = c.asBoolean();
            return ctx -> constant;
        }
        if (!c.isTextual() || !Problems.isJsonataExpression(c.asText())) {
            problems.add("WRONG_TYPE", pointer + "/Condition", "'Condition' must be a {% JSONata %} expression or a boolean.");
            return ctx -> false;
        }
        ValueTemplate t = problems.jsonataTemplate(rule, "Condition", pointer, "Condition");
        if (t == null) return ctx -> false;
        String text = c.asText();
        return ctx -> {
            JsonNode v = t.evaluate(ctx);
            if (v == null || !v.isBoolean()) {
                throw Causes.jsonataUnexpectedType(text, "Condition", "boolean", v);
            }
            return v.asBoolean();
        };
    }
}

package dev.sfntest.engine.exec.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.expr.jsonpath.JsonPathExpression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a JSONPath-language Choice Rule into a {@link Condition}, once, when the definition is loaded.
 *
 * <p>Follows the ASL spec's Choice State (https://states-language.net/spec.html#choice-state) and the AWS guide
 * (https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html): a rule is a boolean expression
 * ({@code And}/{@code Or} with a non-empty array of rules, {@code Not} with one rule) or a data test
 * ({@code Variable} plus exactly one comparison operator). Nested rules must not carry {@code Next} or
 * {@code Assign}; {@code Comment} is accepted anywhere. Paths are compiled with {@link JsonPathExpression}, so
 * {@code $.x}, {@code $$.Execution.Input.x} and variables ({@code $name.x}) are all legal.
 */
public final class ChoiceRuleParser {
    private ChoiceRuleParser() {}

    private enum Kind { COMPARISON, TYPE_TEST, IS_PRESENT, STRING_MATCHES }

    /** What an operator name means; {@code type}/{@code relation}/{@code jsonType} are null where they do not apply. */
    private record Operator(String name, Kind kind, ComparisonType type, Relation relation, boolean path,
                            TypeTest.JsonType jsonType) {}

    private static final Map<String, Operator> OPERATORS = operators();
    private static final Set<String> BOOLEAN_OPERATORS = Set.of("And", "Or", "Not");
    /** Fields a top-level rule may have besides its condition; the interpreter reads them. */
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("Next", "Assign");
    private static final String COMMENT = "Comment";
    private static final String VARIABLE = "Variable";

    private static Map<String, Operator> operators() {
        Map<String, Operator> table = new LinkedHashMap<>();
        for (ComparisonType type : ComparisonType.values()) {
            for (Relation relation : Relation.values()) {
                if (type == ComparisonType.BOOLEAN && relation != Relation.EQUALS) continue;
                String name = type.prefix + relation.suffix;
                table.put(name, new Operator(name, Kind.COMPARISON, type, relation, false, null));
                table.put(name + "Path", new Operator(name + "Path", Kind.COMPARISON, type, relation, true, null));
            }
        }
        table.put("StringMatches", new Operator("StringMatches", Kind.STRING_MATCHES, null, null, false, null));
        table.put("IsPresent", new Operator("IsPresent", Kind.IS_PRESENT, null, null, false, null));
        for (TypeTest.JsonType jsonType : TypeTest.JsonType.values()) {
            table.put(jsonType.operator, new Operator(jsonType.operator, Kind.TYPE_TEST, null, null, false, jsonType));
        }
        return Map.copyOf(table);
    }

    /**
     * Compiles a top-level rule (a member of {@code Choices}); its {@code Next}, {@code Assign} and {@code Comment}
     * are left to the caller.
     *
     * @throws IllegalArgumentException naming the offending field (and its place inside And/Or/Not) when the rule
     *         is malformed: not an object, unknown field, no or several operators, missing or non-string
     *         {@code Variable}, an operand of the wrong type, an invalid path, timestamp or pattern
     */
    public static Condition parse(JsonNode rule) {
        return parse(rule, "", true);
    }

    private static Condition parse(JsonNode rule, String where, boolean topLevel) {
        if (rule == null || !rule.isObject()) {
            throw fail(where, "a Choice rule must be a JSON object, got " + describe(rule));
        }
        List<String> operatorFields = new ArrayList<>();
        boolean hasVariable = false;
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals(VARIABLE)) {
                hasVariable = true;
            } else if (BOOLEAN_OPERATORS.contains(name) || OPERATORS.containsKey(name)) {
                operatorFields.add(name);
            } else if (TOP_LEVEL_FIELDS.contains(name)) {
                if (!topLevel) {
                    throw fail(where, "field '" + name + "' is only allowed in a top-level Choice rule, not inside"
                            + " And, Or or Not");
                }
            } else if (!name.equals(COMMENT)) {
                throw fail(where, "unknown field '" + name + "'" + suggestion(name));
            }
        }
        if (operatorFields.isEmpty()) {
            throw fail(where, "no comparison operator: expected And, Or, Not, or 'Variable' with an operator such as"
                    + " StringEquals, NumericLessThan, IsPresent");
        }
        if (operatorFields.size() > 1) {
            throw fail(where, "more than one operator: " + String.join(", ", operatorFields)
                    + " (a Choice rule has exactly one; combine them with And or Or)");
        }
        String operator = operatorFields.get(0);
        JsonNode operand = rule.get(operator);
        if (BOOLEAN_OPERATORS.contains(operator)) {
            if (hasVariable) throw fail(where, "field 'Variable' cannot be used with '" + operator + "'");
            return parseBoolean(operator, operand, where);
        }
        if (!hasVariable) throw fail(where, "field 'Variable' is missing (required with '" + operator + "')");
        JsonPathExpression variable = compilePath(rule.get(VARIABLE), VARIABLE, where);
        Operator op = OPERATORS.get(operator);
        return switch (op.kind()) {
            case IS_PRESENT -> new IsPresentCondition(variable, booleanOperand(operand, operator, where));
            case TYPE_TEST -> new DataTestCondition(variable,
                    new TypeTest(op.jsonType(), booleanOperand(operand, operator, where)));
            case STRING_MATCHES -> new DataTestCondition(variable, new StringMatchesTest(pattern(operand, where)));
            case COMPARISON -> new DataTestCondition(variable, comparison(op, operand, where));
        };
    }

    private static Condition parseBoolean(String operator, JsonNode operand, String where) {
        if (operator.equals("Not")) {
            return new NotCondition(parse(operand, at(where, "Not"), false));
        }
        if (!operand.isArray() || operand.isEmpty()) {
            throw fail(where, "field '" + operator + "' must be a non-empty array of Choice rules, got "
                    + describe(operand));
        }
        List<Condition> operands = new ArrayList<>(operand.size());
        for (int i = 0; i < operand.size(); i++) {
            operands.add(parse(operand.get(i), at(where, operator + "[" + i + "]"), false));
        }
        return operator.equals("And") ? new AndCondition(operands) : new OrCondition(operands);
    }

    private static Comparison comparison(Operator op, JsonNode operand, String where) {
        if (op.path()) {
            return new Comparison(op.type(), op.relation(), null, compilePath(operand, op.name(), where));
        }
        Object literal = op.type().key(operand);
        if (literal == null) {
            String expected = switch (op.type()) {
                case STRING -> "a string";
                case NUMERIC -> "a number";
                case BOOLEAN -> "a boolean";
                case TIMESTAMP -> operand.isTextual()
                        ? "an RFC 3339 timestamp with an uppercase 'T' and a 'Z' or ±hh:mm offset, such as"
                          + " \"2016-03-14T01:59:00Z\""
                        : "a timestamp string";
            };
            throw fail(where, "field '" + op.name() + "' must be " + expected + ", got " + describe(operand));
        }
        return new Comparison(op.type(), op.relation(), literal, null);
    }

    private static boolean booleanOperand(JsonNode operand, String operator, String where) {
        if (!operand.isBoolean()) {
            throw fail(where, "field '" + operator + "' must be true or false, got " + describe(operand));
        }
        return operand.booleanValue();
    }

    private static WildcardPattern pattern(JsonNode operand, String where) {
        if (!operand.isTextual()) {
            throw fail(where, "field 'StringMatches' must be a string, got " + describe(operand));
        }
        try {
            return WildcardPattern.compile(operand.textValue());
        } catch (IllegalArgumentException e) {
            throw fail(where, "field 'StringMatches': " + e.getMessage());
        }
    }

    private static JsonPathExpression compilePath(JsonNode node, String field, String where) {
        if (node == null || !node.isTextual()) {
            throw fail(where, "field '" + field + "' must be a path string such as \"$.value\", got " + describe(node));
        }
        try {
            return JsonPathExpression.compile(node.textValue());
        } catch (IllegalArgumentException e) {
            throw fail(where, "field '" + field + "': " + e.getMessage());
        }
    }

    private static String at(String where, String step) {
        return where.isEmpty() ? step : where + "." + step;
    }

    private static IllegalArgumentException fail(String where, String message) {
        return new IllegalArgumentException(where.isEmpty() ? message : where + ": " + message);
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        String type = node.isTextual() ? "string" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        String text = Json.write(node);
        return node.isNull() ? "null" : type + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** "; did you mean 'X'?" for the closest known field name, or "" when none is close. */
    private static String suggestion(String name) {
        List<String> known = new ArrayList<>(OPERATORS.keySet());
        known.addAll(BOOLEAN_OPERATORS);
        known.addAll(TOP_LEVEL_FIELDS);
        known.add(VARIABLE);
        known.add(COMMENT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = candidate.equalsIgnoreCase(name) ? 0 : editDistance(candidate, name);
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 4) ? "; did you mean '" + best + "'?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package dev.sfntest.engine.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.exec.choice.ChoiceRuleParser;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.ChoiceBranch;
import dev.sfntest.engine.model.ChoiceCondition;
import dev.sfntest.engine.model.ChoiceState;
import dev.sfntest.engine.model.FailState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.PassState;
import dev.sfntest.engine.model.QueryLanguage;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.StateCommon;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.model.SucceedState;
import dev.sfntest.engine.model.TaskState;
import dev.sfntest.engine.model.WaitState;
import dev.sfntest.engine.error.Causes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a definition (JSON) into a validated, compiled {@link StateMachine}. Every problem is collected with a
 * JSON pointer; an invalid definition never runs.
 */
public final class DefinitionParser {
    private final Problems problems = new Problems();
    private final ResilienceParser resilience = new ResilienceParser(problems);
    private final MapStateParser maps = new MapStateParser(problems, this);

    private DefinitionParser() {}

    /** Parses and validates a definition. */
    public static StateMachine parse(String json) throws DefinitionException {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new DefinitionException(List.of(new Diagnostic("INVALID_JSON", "",
                    "the definition is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        return parse(root);
    }

    /** Parses and validates a definition already read as JSON. */
    public static StateMachine parse(JsonNode root) throws DefinitionException {
        DefinitionParser parser = new DefinitionParser();
        if (root == null || !root.isObject()) {
            throw new DefinitionException(List.of(new Diagnostic("NOT_AN_OBJECT", "",
                    "the definition must be a JSON object with StartAt and States.")));
        }
        StateMachine machine = parser.machine(root, "", QueryLanguage.JSONPATH, true);
        if (!parser.problems.all().isEmpty()) throw new DefinitionException(parser.problems.all());
        return machine;
    }

    StateMachine machine(JsonNode node, String pointer, QueryLanguage inherited, boolean topLevel) {
        Set<String> allowed = topLevel
                ? Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage")
                : Set.of("StartAt", "States", "Comment", "ProcessorConfig", "QueryLanguage");
        unknownFields(node, allowed, pointer, "a state machine");
        QueryLanguage language = inherited;
        String ql = problems.string(node, "QueryLanguage", pointer);
        if (ql != null) {
            language = QueryLanguage.fromAwsName(ql);
            if (language == null) {
                problems.add("INVALID_VALUE", pointer + "/QueryLanguage",
                        "QueryLanguage must be \"JSONPath\" or \"JSONata\", not \"" + ql + "\".");
                language = inherited;
            }
        }
        String startAt = problems.string(node, "StartAt", pointer);
        if (startAt == null && !node.has("StartAt")) {
            problems.add("MISSING_FIELD", pointer + "/StartAt", "the required field 'StartAt' is missing.");
        }
        Integer timeout = topLevel ? problems.integer(node, "TimeoutSeconds", pointer, 1) : null;
        JsonNode statesNode = node.get("States");
        Map<String, State> states = new LinkedHashMap<>();
        if (statesNode == null) {
            problems.add("MISSING_FIELD", pointer + "/States", "the required field 'States' is missing.");
        } else if (!statesNode.isObject() || statesNode.isEmpty()) {
            problems.add("WRONG_TYPE", pointer + "/States", "'States' must be an object with at least one state.");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String statePointer = pointer + "/States/" + escape(e.getKey());
                if (e.getKey().isEmpty() || e.getKey().length() > 80) {
                    problems.add("INVALID_NAME", statePointer, "state names must have 1 to 80 characters.");
                }
                State s = state(e.getKey(), e.getValue(), statePointer, language);
                if (s != null) states.put(e.getKey(), s);
            }
            if (startAt != null && !statesNode.has(startAt)) {
                problems.add("UNKNOWN_STATE", pointer + "/StartAt", "StartAt names the state '" + startAt
                        + "', which does not exist"
                        + Suggestions.closest(startAt, names(statesNode)).map(n -> "; did you mean '" + n + "'?").orElse("")
                        + " States are: " + String.join(", ", names(statesNode)) + ".");
            }
            checkTransitions(statesNode, states, startAt, pointer);
        }
        return new StateMachine(startAt, states, language, timeout);
    }

    private State state(String name, JsonNode node, String pointer, QueryLanguage machineLanguage) {
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "a state must be a JSON object.");
            return null;
        }
        String type = problems.string(node, "Type", pointer);
        if (type == null) {
            if (!node.has("Type")) problems.add("MISSING_FIELD", pointer + "/Type", "the required field 'Type' is missing.");
            return null;
        }
        if (!FieldRules.isStateType(type)) {
            problems.add("INVALID_VALUE", pointer + "/Type", "'" + type + "' is not a state type"
                    + Suggestions.closest(type, FieldRules.stateTypes()).map(n -> "; did you mean '" + n + "'?").orElse("")
                    + " Types are " + new TreeSet<>(FieldRules.stateTypes()) + ".");
            return null;
        }
        QueryLanguage language = machineLanguage;
        String ql = problems.string(node, "QueryLanguage", pointer);
        if (ql != null) {
            QueryLanguage q = QueryLanguage.fromAwsName(ql);
            if (q == null) {
                problems.add("INVALID_VALUE", pointer + "/QueryLanguage",
                        "QueryLanguage must be \"JSONPath\" or \"JSONata\", not \"" + ql + "\".");
            } else if (machineLanguage == QueryLanguage.JSONATA && q == QueryLanguage.JSONPATH) {
                problems.add("INVALID_VALUE", pointer + "/QueryLanguage", "a state cannot use JSONPath when its "
                        + "state machine's QueryLanguage is JSONata.");
            } else {
                language = q;
            }
        }
        Set<String> allowed = FieldRules.allowed(type, language);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (allowed.contains(field)) continue;
            if (FieldRules.belongsToOtherLanguage(field, language)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + field, "Field '" + field + "' is not supported in a "
                        + language.awsName() + " state; it belongs to the "
                        + (language == QueryLanguage.JSONATA ? "JSONPath" : "JSONata") + " query language.");
            } else {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + field, "Field '" + field
                        + "' is not supported in a " + type + " state"
                        + Suggestions.closest(field, allowed).map(n -> "; did you mean '" + n + "'?").orElse(".")); 
            }
        }
        StateCommon common = common(name, type, node, pointer, language);
        boolean jsonata = language == QueryLanguage.JSONATA;
        return switch (type) {
            case "Pass" -> new PassState(common, node.get("Result"),
                    jsonata ? null : problems.jsonPathTemplate(node, "Parameters", pointer),
                    jsonata ? null : problems.resultPath(node, pointer));
            case "Task" -> task(common, node, pointer, jsonata);
            case "Choice" -> choice(common, node, pointer, jsonata);
            case "Wait" -> waitState(common, node, pointer, jsonata);
            case "Succeed" -> new SucceedState(common);
            case "Fail" -> new FailState(common,
                    problems.valueSource(node, "Error", jsonata ? null : "ErrorPath", pointer, jsonata),
                    problems.valueSource(node, "Cause", jsonata ? null : "CausePath", pointer, jsonata));
            case "Parallel" -> parallel(common, node, pointer, language);
            case "Map" -> maps.map(common, node, pointer, language);
            default -> throw new IllegalStateException(type);
        };
    }

    private StateCommon common(String name, String type, JsonNode node, String pointer, QueryLanguage language) {
        boolean terminalType = type.equals("Choice") || type.equals("Succeed") || type.equals("Fail");
        String next = problems.string(node, "Next", pointer);
        boolean end = problems.bool(node, "End", pointer);
        if (!terminalType) {
            if (next != null && end) {
                problems.add("INVALID_TRANSITION", pointer, "a state cannot have both 'Next' and 'End: true'.");
            } else if (next == null && !end) {
                problems.add("MISSING_TRANSITION", pointer, "a " + type + " state needs 'Next' or 'End: true'.");
            }
        }
        boolean jsonata = language == QueryLanguage.JSONATA;
        ValueTemplate assign = null;
        JsonNode assignNode = node.get("Assign");
        if (assignNode != null) {
            if (!assignNode.isObject()) {
                problems.add("WRONG_TYPE", pointer + "/Assign", "'Assign' must be an object of variable names to values.");
            } else {
                checkVariableNames(assignNode, pointer + "/Assign", jsonata);
                assign = jsonata ? problems.jsonataTemplate(node, "Assign", pointer, "Assign")
                        : problems.jsonPathTemplate(node, "Assign", pointer);
            }
        }
        return new StateCommon(name, type, language, next, end,
                jsonata ? null : problems.selector(node, "InputPath", pointer),
                jsonata ? null : problems.selector(node, "OutputPath", pointer),
                jsonata ? problems.jsonataTemplate(node, "Output", pointer, "Output") : null,
                assign);
    }

    private void checkVariableNames(JsonNode assign, String pointer, boolean jsonata) {
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = !jsonata && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.add("INVALID_VARIABLE", pointer + "/" + escape(key), "'" + name
                        + "' is not a valid variable name (letters, digits and _, not starting with a digit).");
            } else if (name.equals("states")) {
                problems.add("INVALID_VARIABLE", pointer + "/" + escape(key),
                        "'states' is reserved by Step Functions ($states) and cannot be assigned.");
            }
        }
    }

    private TaskState task(StateCommon common, JsonNode node, String pointer, boolean jsonata) {
        String resource = problems.string(node, "Resource", pointer);
        if (resource == null && !node.has("Resource")) {
            problems.add("MISSING_FIELD", pointer + "/Resource", "the required field 'Resource' is missing.");
        }
        ValueTemplate parameters = jsonata ? problems.jsonataTemplate(node, "Arguments", pointer, "Arguments")
                : problems.jsonPathTemplate(node, "Parameters", pointer);
        ValueTemplate credentials = node.has("Credentials")
                ? (jsonata ? problems.jsonataTemplate(node, "Credentials", pointer, "Credentials")
                        : problems.jsonPathTemplate(node, "Credentials", pointer))
                : null;
        ValueSource timeout = problems.valueSource(node, "TimeoutSeconds", jsonata ? null : "TimeoutSecondsPath", pointer, jsonata);
        ValueSource heartbeat = problems.valueSource(node, "HeartbeatSeconds", jsonata ? null : "HeartbeatSecondsPath", pointer, jsonata);
        if (timeout instanceof ValueSource.Literal l && !(l.value().canConvertToInt() && l.value().asInt() > 0)) {
            problems.add("OUT_OF_RANGE", pointer + "/TimeoutSeconds", "'TimeoutSeconds' must be a positive integer.");
        }
        if (heartbeat instanceof ValueSource.Literal l && !(l.value().canConvertToInt() && l.value().asInt() > 0)) {
            problems.add("OUT_OF_RANGE", pointer + "/HeartbeatSeconds", "'HeartbeatSeconds' must be a positive integer.");
        }
        if (timeout instanceof ValueSource.Literal t && heartbeat instanceof ValueSource.Literal h
                && h.value().asInt() >= t.value().asInt()) {
            problems.add("OUT_OF_RANGE", pointer + "/HeartbeatSeconds", "'HeartbeatSeconds' must be smaller than 'TimeoutSeconds'.");
        }
        return new TaskState(common, resource, parameters,
                jsonata ? null : compileSelector(node, pointer),
                jsonata ? null : problems.resultPath(node, pointer),
                timeout, heartbeat, credentials, resilience.parse(node, pointer, common.queryLanguage()));
    }

    dev.sfntest.engine.dataflow.PayloadTemplate compileSelector(JsonNode node, String pointer) {
        JsonNode v = node.get("ResultSelector");
        if (v == null) return null;
        if (!v.isObject()) {
            problems.add("WRONG_TYPE", pointer + "/ResultSelector", "'ResultSelector' must be an object.");
            return null;
        }
        return problems.compile(pointer + "/ResultSelector", () -> dev.sfntest.engine.dataflow.PayloadTemplate.compile(v));
    }

    private ChoiceState choice(StateCommon common, JsonNode node, String pointer, boolean jsonata) {
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
        return new ChoiceState(common, branches, defaultNext, null, null);
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

    private WaitState waitState(StateCommon common, JsonNode node, String pointer, boolean jsonata) {
        ValueSource seconds = problems.valueSource(node, "Seconds", jsonata ? null : "SecondsPath", pointer, jsonata);
        ValueSource timestamp = problems.valueSource(node, "Timestamp", jsonata ? null : "TimestampPath", pointer, jsonata);
        int count = (seconds != null ? 1 : 0) + (timestamp != null ? 1 : 0);
        if (count != 1) {
            problems.add("INVALID_WAIT", pointer, "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath.");
        }
        if (seconds instanceof ValueSource.Literal l && (!l.value().canConvertToLong() || l.value().asLong() < 0)) {
            problems.add("OUT_OF_RANGE", pointer + "/Seconds", "'Seconds' must be a non-negative integer.");
        }
        return new WaitState(common, seconds, timestamp);
    }

    private ParallelState parallel(StateCommon common, JsonNode node, String pointer, QueryLanguage language) {
        boolean jsonata = language == QueryLanguage.JSONATA;
        JsonNode branchesNode = node.get("Branches");
        List<StateMachine> branches = new ArrayList<>();
        if (branchesNode == null || !branchesNode.isArray() || branchesNode.isEmpty()) {
            problems.add("MISSING_FIELD", pointer + "/Branches", "a Parallel state needs a non-empty 'Branches' array.");
        } else {
            for (int i = 0; i < branchesNode.size(); i++) {
                branches.add(machine(branchesNode.get(i), pointer + "/Branches/" + i, language, false));
            }
        }
        return new ParallelState(common, branches,
                jsonata ? problems.jsonataTemplate(node, "Arguments", pointer, "Arguments")
                        : problems.jsonPathTemplate(node, "Parameters", pointer),
                jsonata ? null : compileSelector(node, pointer),
                jsonata ? null : problems.resultPath(node, pointer),
                resilience.parse(node, pointer, language));
    }

    /** A transition as written: where it sits (JSON pointer of the field) and where it goes. */
    private record Transition(String pointer, String target) {}

    private void checkTransitions(JsonNode statesNode, Map<String, State> states, String startAt, String pointer) {
        List<String> names = names(statesNode);
        boolean hasTerminal = false;
        boolean brokenTransition = false;
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (State s : states.values()) {
            String sp = pointer + "/States/" + escape(s.name());
            List<Transition> transitions = new ArrayList<>();
            if (s.common().next() != null) transitions.add(new Transition(sp + "/Next", s.common().next()));
            if (s.common().end() || s instanceof SucceedState || s instanceof FailState) hasTerminal = true;
            if (s instanceof ChoiceState c) {
                for (int i = 0; i < c.choices().size(); i++) {
                    String next = c.choices().get(i).next();
                    if (next != null) transitions.add(new Transition(sp + "/Choices/" + i + "/Next", next));
                }
                if (c.defaultNext() != null) transitions.add(new Transition(sp + "/Default", c.defaultNext()));
            }
            List<String> catchTargets = ResilienceParser.catchTargets(s).toList();
            for (int i = 0; i < catchTargets.size(); i++) {
                transitions.add(new Transition(sp + "/Catch/" + i + "/Next", catchTargets.get(i)));
            }
            List<String> targets = new ArrayList<>();
            for (Transition t : transitions) {
                targets.add(t.target());
                if (!names.contains(t.target())) {
                    brokenTransition = true;
                    problems.add("UNKNOWN_STATE", t.pointer(), "'" + t.target() + "' is not a state here"
                            + Suggestions.closest(t.target(), names).map(n -> "; did you mean '" + n + "'?").orElse("")
                            + " States are: " + String.join(", ", names) + ".");
                }
            }
            edges.put(s.name(), targets);
        }
        if (!hasTerminal && !states.isEmpty()) {
            problems.add("NO_TERMINAL_STATE", pointer + "/States", "no state ends the workflow (End: true, Succeed or Fail).");
        }
        // A misspelt transition makes its intended target look unreachable; report the cause, not the echo.
        if (startAt == null || !names.contains(startAt) || brokenTransition) return;
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(startAt));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (!reached.add(n)) continue;
            todo.addAll(edges.getOrDefault(n, List.of()));
        }
        for (String n : names) {
            if (!reached.contains(n) && states.containsKey(n)) {
                problems.add("UNREACHABLE_STATE", pointer + "/States/" + escape(n), "the state '" + n
                        + "' can never be reached from StartAt '" + startAt + "'.");
            }
        }
    }

    void unknownFields(JsonNode node, Set<String> allowed, String pointer, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + escape(f), "Field '" + f + "' is not supported in "
                        + what + "; allowed fields are " + new TreeSet<>(allowed) + ".");
            }
        }
    }

    private static List<String> names(JsonNode states) {
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}

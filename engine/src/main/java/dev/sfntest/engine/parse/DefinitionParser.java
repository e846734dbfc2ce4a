package dev.sfntest.engine.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueSource;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.expr.Json;
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
import java.util.ArrayList;
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
    private final ChoiceStateParser choices = new ChoiceStateParser(problems);

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
        String startAt = problems.requiredString(node, "StartAt", pointer);
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
            new TransitionChecker(problems).check(names(statesNode), states, startAt, pointer);
        }
        return new StateMachine(startAt, states, language, timeout);
    }

    private State state(String name, JsonNode node, String pointer, QueryLanguage machineLanguage) {
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "a state must be a JSON object.");
            return null;
        }
        String type = problems.requiredString(node, "Type", pointer);
        if (type == null) return null;
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
            case "Choice" -> choices.parse(common, node, pointer, jsonata);
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
        String resource = problems.requiredString(node, "Resource", pointer);
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

    void unknownFields(JsonNode node, Set<String> allowed, String pointer, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + escape(f), "Field '" + f + "' is not supported in "
                        + what + "; allowed fields are " + new TreeSet<>(allowed) + ".");
            }
        }
    }

    static List<String> names(JsonNode states) {
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}

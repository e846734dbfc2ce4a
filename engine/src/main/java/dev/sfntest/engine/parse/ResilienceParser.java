package dev.sfntest.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.dataflow.ValueTemplate;
import dev.sfntest.engine.error.StatesErrors;
import dev.sfntest.engine.model.Catcher;
import dev.sfntest.engine.model.MapState;
import dev.sfntest.engine.model.ParallelState;
import dev.sfntest.engine.model.QueryLanguage;
import dev.sfntest.engine.model.Resilience;
import dev.sfntest.engine.model.Retrier;
import dev.sfntest.engine.model.State;
import dev.sfntest.engine.model.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Parses Retry and Catch, with AWS's rules (States.ALL alone and last, numeric ranges). */
final class ResilienceParser {
    private static final Set<String> RETRY_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private final Problems problems;

    ResilienceParser(Problems problems) {
        this.problems = problems;
    }

    Resilience parse(JsonNode state, String pointer, QueryLanguage language) {
        List<Retrier> retriers = new ArrayList<>();
        JsonNode retry = state.get("Retry");
        if (retry != null) {
            if (!retry.isArray()) {
                problems.add("WRONG_TYPE", pointer + "/Retry", "'Retry' must be an array of retriers.");
            } else {
                for (int i = 0; i < retry.size(); i++) {
                    Retrier r = retrier(retry.get(i), pointer + "/Retry/" + i, i == retry.size() - 1);
                    if (r != null) retriers.add(r);
                }
            }
        }
        List<Catcher> catchers = new ArrayList<>();
        JsonNode catchNode = state.get("Catch");
        if (catchNode != null) {
            if (!catchNode.isArray()) {
                problems.add("WRONG_TYPE", pointer + "/Catch", "'Catch' must be an array of catchers.");
            } else {
                for (int i = 0; i < catchNode.size(); i++) {
                    Catcher c = catcher(catchNode.get(i), pointer + "/Catch/" + i, i == catchNode.size() - 1, language, i);
                    if (c != null) catchers.add(c);
                }
            }
        }
        return retriers.isEmpty() && catchers.isEmpty() ? Resilience.NONE : new Resilience(List.copyOf(retriers), List.copyOf(catchers));
    }

    private Retrier retrier(JsonNode node, String pointer, boolean last) {
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "a retrier must be an object.");
            return null;
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!RETRY_FIELDS.contains(f)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + f, "Field '" + f + "' is not supported in a retrier.");
            }
        }
        List<String> errors = errorEquals(node, pointer, last);
        Integer interval = problems.integer(node, "IntervalSeconds", pointer, 1);
        Integer maxAttempts = problems.integer(node, "MaxAttempts", pointer, 0);
        double backoff = 2.0;
        JsonNode b = node.get("BackoffRate");
        if (b != null) {
            if (!b.isNumber() || b.asDouble() < 1.0) {
                problems.add("OUT_OF_RANGE", pointer + "/BackoffRate", "'BackoffRate' must be a number of at least 1.0.");
            } else {
                backoff = b.asDouble();
            }
        }
        Integer maxDelay = problems.integer(node, "MaxDelaySeconds", pointer, 1);
        String jitter = problems.string(node, "JitterStrategy", pointer);
        Retrier.JitterStrategy strategy = Retrier.JitterStrategy.NONE;
        if (jitter != null) {
            if (jitter.equals("FULL")) strategy = Retrier.JitterStrategy.FULL;
            else if (!jitter.equals("NONE")) problems.add("INVALID_VALUE", pointer + "/JitterStrategy", "'JitterStrategy' must be FULL or NONE.");
        }
        return new Retrier(errors, interval == null ? 1 : interval, maxAttempts == null ? 3 : maxAttempts, backoff,
                maxDelay == null ? null : maxDelay.longValue(), strategy);
    }

    private Catcher catcher(JsonNode node, String pointer, boolean last, QueryLanguage language, int index) {
        if (!node.isObject()) {
            problems.add("WRONG_TYPE", pointer, "a catcher must be an object.");
            return null;
        }
        boolean jsonata = language == QueryLanguage.JSONATA;
        Set<String> allowed = jsonata ? Set.of("ErrorEquals", "Next", "Output", "Assign", "Comment")
                : Set.of("ErrorEquals", "Next", "ResultPath", "Assign", "Comment");
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add("UNSUPPORTED_FIELD", pointer + "/" + f, "Field '" + f + "' is not supported in a "
                        + language.awsName() + " catcher.");
            }
        }
        List<String> errors = errorEquals(node, pointer, last);
        String next = problems.string(node, "Next", pointer);
        if (next == null) problems.add("MISSING_FIELD", pointer + "/Next", "a catcher needs 'Next'.");
        ValueTemplate assign = node.has("Assign")
                ? (jsonata ? problems.jsonataTemplate(node, "Assign", pointer, "Catch[" + index + "]/Assign")
                        : problems.jsonPathTemplate(node, "Assign", pointer))
                : null;
        return new Catcher(errors, next, jsonata ? null : problems.resultPath(node, pointer),
                jsonata ? problems.jsonataTemplate(node, "Output", pointer, "Catch[" + index + "]/Output") : null, assign);
    }

    private List<String> errorEquals(JsonNode node, String pointer, boolean last) {
        JsonNode e = node.get("ErrorEquals");
        List<String> errors = new ArrayList<>();
        if (e == null || !e.isArray() || e.isEmpty()) {
            problems.add("MISSING_FIELD", pointer + "/ErrorEquals", "'ErrorEquals' must be a non-empty array of error names.");
            return errors;
        }
        for (JsonNode n : e) {
            if (!n.isTextual()) problems.add("WRONG_TYPE", pointer + "/ErrorEquals", "error names must be strings.");
            else errors.add(n.asText());
        }
        if (errors.contains(StatesErrors.ALL)) {
            if (errors.size() > 1) {
                problems.add("INVALID_VALUE", pointer + "/ErrorEquals", "'States.ALL' must appear alone in 'ErrorEquals'.");
            }
            if (!last) {
                problems.add("INVALID_VALUE", pointer + "/ErrorEquals", "a retrier or catcher with 'States.ALL' must be the last one.");
            }
        }
        return errors;
    }

    /** The Next states of a state's catchers, for transition checks. */
    static Stream<String> catchTargets(State s) {
        List<Catcher> catchers = List.of();
        if (s instanceof TaskState t) catchers = t.resilience().catchers();
        else if (s instanceof ParallelState p) catchers = p.resilience().catchers();
        else if (s instanceof MapState m) catchers = m.resilience().catchers();
        return catchers.stream().map(Catcher::next).filter(n -> n != null);
    }
}

package dev.sfntest.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.Run;
import dev.sfntest.engine.StateVisit;
import dev.sfntest.engine.expr.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the state an expectation names: {@code Charge} (top level first, else the first entry anywhere, depth
 * first), {@code Map[2].Inner} or {@code Map.2.Inner} (state Inner in iteration 2 of Map), {@code Par[1].X}
 * (state X in branch 1), {@code Map[2]} (iteration 2 itself). A state entered several times: the first entry.
 */
final class StateLocator {
    private static final Pattern SEGMENT = Pattern.compile("^(.*?)(?:\\[(\\d+)])?$");

    private StateLocator() {}

    /** A located state: the visit, and the variables visible right after it. */
    record Located(StateVisit visit, ObjectNode variablesAfter) {}

    /** One step of a reference: a state name, and the run (iteration/branch) index inside it, if any. */
    record Step(String name, Integer index) {}

    static List<Step> parse(String reference) {
        List<Step> steps = new ArrayList<>();
        for (String part : reference.split("\\.")) {
            if (part.matches("\\d+") && !steps.isEmpty() && steps.get(steps.size() - 1).index() == null) {
                Step last = steps.remove(steps.size() - 1);
                steps.add(new Step(last.name(), Integer.parseInt(part)));
                continue;
            }
            Matcher m = SEGMENT.matcher(part);
            m.matches();
            steps.add(new Step(m.group(1), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        }
        return steps;
    }

    /** The state names a reference mentions (for checking them against the definition before running). */
    static List<String> names(String reference) {
        return parse(reference).stream().map(Step::name).toList();
    }

    static Optional<Located> find(List<StateVisit> top, String reference) {
        List<Step> steps = parse(reference);
        if (steps.size() == 1 && steps.get(0).index() == null) {
            return findAnywhere(top, steps.get(0).name(), Json.NODES.objectNode());
        }
        List<StateVisit> visits = top;
        ObjectNode vars = Json.NODES.objectNode();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int at = indexOf(visits, step.name());
            if (at < 0) return Optional.empty();
            StateVisit visit = visits.get(at);
            boolean last = i == steps.size() - 1;
            if (last && step.index() == null) return Optional.of(new Located(visit, replay(vars, visits, at)));
            if (step.index() == null || step.index() >= visit.runs().size()) return Optional.empty();
            Run run = visit.runs().get(step.index());
            // Variables visible in an iteration: the outer ones before the Map/Parallel (none for a child execution).
            vars = run.history().isEmpty() ? replay(vars, visits, at - 1) : Json.NODES.objectNode();
            if (last) return Optional.of(new Located(asVisit(visit.name() + "[" + step.index() + "]", run), vars));
            visits = run.visits();
        }
        return Optional.empty();
    }

    /** Why {@link #find} found nothing, as a sentence: which step of the reference was not there. */
    static String whyNotFound(List<StateVisit> top, String reference) {
        List<Step> steps = parse(reference);
        List<StateVisit> visits = top;
        String where = "the top-level path was " + names(top);
        for (Step step : steps) {
            int at = indexOf(visits, step.name());
            if (at < 0) {
                return "state '" + step.name() + "' was not entered; " + where;
            }
            StateVisit visit = visits.get(at);
            if (step.index() == null) continue;
            if (step.index() >= visit.runs().size()) {
                return "'" + step.name() + "' has no " + (visit.type().equals("Parallel") ? "branch " : "iteration ")
                        + step.index() + " (it ran " + visit.runs().size() + ")";
            }
            visits = visit.runs().get(step.index()).visits();
            where = "the path of " + step.name() + "[" + step.index() + "] was " + names(visits);
        }
        return "state '" + reference + "' was not entered; " + where;
    }

    private static List<String> names(List<StateVisit> visits) {
        return visits.stream().map(StateVisit::name).toList();
    }

    private static Optional<Located> findAnywhere(List<StateVisit> visits, String name, ObjectNode outer) {
        int at = indexOf(visits, name);
        if (at >= 0) return Optional.of(new Located(visits.get(at), replay(outer, visits, at)));
        for (int i = 0; i < visits.size(); i++) {
            StateVisit v = visits.get(i);
            for (Run run : v.runs()) {
                ObjectNode inner = run.history().isEmpty() ? replay(outer, visits, i - 1) : Json.NODES.objectNode();
                Optional<Located> found = findAnywhere(run.visits(), name, inner);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<StateVisit> visits, String name) {
        for (int i = 0; i < visits.size(); i++) if (visits.get(i).name().equals(name)) return i;
        return -1;
    }

    /** Variables after visits[0..upTo], on top of the outer scope's. */
    private static ObjectNode replay(ObjectNode outer, List<StateVisit> visits, int upTo) {
        ObjectNode vars = outer.deepCopy();
        for (int i = 0; i <= upTo && i < visits.size(); i++) {
            if (visits.get(i).assignedVariables() != null) vars.setAll(visits.get(i).assignedVariables());
        }
        return vars;
    }

    private static StateVisit asVisit(String name, Run run) {
        JsonNode input = run.visits().isEmpty() ? null : run.visits().get(0).input();
        return new StateVisit(name, "Iteration", input, run.output(), null, run.failed(), run.error(), run.cause(),
                List.of());
    }
}

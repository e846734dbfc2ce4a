package dev.sfntest.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cli.run.CaseFailure;
import dev.sfntest.engine.expr.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * {@code --reporter json}: one JSON document, documented in the README:
 * <pre>
 * {"summary": {"passed": 2, "failed": 1, "skipped": 0, "durationMs": 41},
 *  "suites": [{"name": "…", "cases": [{"name": "…", "status": "passed|failed|skipped", "durationMs": 3,
 *              "path": ["A", "B"], "message": "…", "warnings": ["…"]}]}]}
 * </pre>
 * A path of more than 20 states is abbreviated to its first and last 10 with {@code "…"} between them, and
 * {@code pathLength} gives the full count.
 * <pre>
 * </pre>
 */
public final class JsonReporter implements TestExecutionListener {
    private final Map<UniqueId, ObjectNode> suites = new LinkedHashMap<>();
    private final Map<UniqueId, ObjectNode> cases = new ConcurrentHashMap<>();
    private final Map<UniqueId, Long> started = new ConcurrentHashMap<>();

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        if (id.getParentIdObject().isEmpty()) {
            ObjectNode suite = Json.NODES.objectNode();
            suite.put("name", id.getDisplayName());
            suite.putArray("cases");
            suites.put(id.getUniqueIdObject(), suite);
        } else if (id.isTest()) {
            started.put(id.getUniqueIdObject(), System.nanoTime());
            caseNode(id);
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (!id.isTest()) return;
        ObjectNode c = caseNode(id);
        c.put("status", "skipped");
        c.put("message", reason);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        ObjectNode c = caseNode(id);
        entry.getKeyValuePairs().forEach((k, v) -> {
            if (k.equals("path")) {
                // A long path arrives abbreviated: "A → … 12480 more states … → Z (12500 states)".
                java.util.regex.Matcher total = java.util.regex.Pattern.compile("^(.*) \\((\\d+) states\\)$").matcher(v);
                String text = v;
                if (total.matches()) {
                    text = total.group(1);
                    c.put("pathLength", Integer.parseInt(total.group(2)));
                }
                ArrayNode path = c.putArray("path");
                for (String s : text.split(" → ")) path.add(s.startsWith("… ") && s.endsWith(" …") ? "…" : s);
            } else if (k.equals("warning")) {
                (c.has("warnings") ? (ArrayNode) c.get("warnings") : c.putArray("warnings")).add(v);
            }
        });
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) return;
        ObjectNode c = caseNode(id);
        Long t0 = started.remove(id.getUniqueIdObject());
        c.put("durationMs", t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000);
        boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        c.put("status", ok ? "passed" : "failed");
        result.getThrowable().ifPresent(t -> {
            c.put("message", t.getMessage());
            if (t instanceof CaseFailure f) {
                ArrayNode path = c.putArray("path");
                f.path().forEach(path::add);
                if (!f.warnings().isEmpty()) {
                    ArrayNode warnings = c.putArray("warnings");
                    f.warnings().forEach(warnings::add);
                }
            }
        });
    }

    private synchronized ObjectNode caseNode(TestIdentifier id) {
        return cases.computeIfAbsent(id.getUniqueIdObject(), k -> {
            // Every case has the same keys in the same order; "message" only when failed or skipped.
            ObjectNode c = Json.NODES.objectNode();
            c.put("name", id.getDisplayName());
            c.put("status", "running");
            c.put("durationMs", 0);
            c.putArray("path");
            ObjectNode suite = id.getParentIdObject().map(suites::get).orElse(null);
            if (suite != null) ((ArrayNode) suite.get("cases")).add(c);
            return c;
        });
    }

    /** The whole report as JSON text. */
    public synchronized String render(Summary summary, long elapsedMillis) {
        ObjectNode root = Json.NODES.objectNode();
        ObjectNode s = root.putObject("summary");
        s.put("passed", summary.passed.get());
        s.put("failed", summary.failed.get());
        s.put("skipped", summary.skipped.get());
        s.put("durationMs", elapsedMillis);
        ArrayNode list = root.putArray("suites");
        suites.values().forEach(list::add);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

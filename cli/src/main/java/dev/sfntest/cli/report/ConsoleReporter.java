package dev.sfntest.cli.report;

import dev.sfntest.cli.run.CaseFailure;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fusesource.jansi.Ansi;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The default reporter: a line per case (✓ / ✗ / skipped, name, milliseconds), a readable diff for each
 * failure, and the summary line {@code N passed, N failed, N skipped}.
 */
public final class ConsoleReporter implements TestExecutionListener {
    private final PrintWriter out;
    private final boolean color;
    private final boolean quiet;
    private final boolean verbose;
    private final JsonDiffRenderer diffs = new JsonDiffRenderer();
    private final Map<UniqueId, Long> started = new ConcurrentHashMap<>();
    private final Map<UniqueId, List<String>> warnings = new ConcurrentHashMap<>();
    private final Summary summary;
    private TestPlan plan;

    public ConsoleReporter(PrintWriter out, boolean color, boolean quiet, boolean verbose, Summary summary) {
        this.out = out;
        this.color = color;
        this.quiet = quiet;
        this.verbose = verbose;
        this.summary = summary;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.getParentIdObject().isEmpty()) {
            if (!quiet) out.println(paint(Ansi.Attribute.INTENSITY_BOLD, id.getDisplayName()));
        } else if (id.isTest()) {
            started.put(id.getUniqueIdObject(), System.nanoTime());
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((k, v) -> {
            if (k.equals("warning")) warnings.computeIfAbsent(id.getUniqueIdObject(), x -> new ArrayList<>()).add(v);
        });
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (!id.isTest()) return;
        summary.skipped.incrementAndGet();
        if (!quiet) out.println("  " + paint(Ansi.Color.YELLOW, "- " + id.getDisplayName() + " (skipped: " + reason + ")"));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && result.getThrowable().isPresent()) {
                out.println(paint(Ansi.Color.RED, "  error: " + result.getThrowable().get().getMessage()));
            }
            return;
        }
        Long t0 = started.remove(id.getUniqueIdObject());
        long ms = t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
        List<String> caseWarnings = warnings.getOrDefault(id.getUniqueIdObject(), List.of());
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            summary.passed.incrementAndGet();
            if (!quiet) out.println("  " + paint(Ansi.Color.GREEN, "✓") + " " + id.getDisplayName() + dim(" (" + ms + " ms)"));
            if (!quiet) caseWarnings.forEach(w -> out.println("    " + paint(Ansi.Color.YELLOW, "warning: " + w)));
            return;
        }
        summary.failed.incrementAndGet();
        out.println("  " + paint(Ansi.Color.RED, "✗ " + id.getDisplayName()) + dim(" (" + ms + " ms)"));
        Throwable t = result.getThrowable().orElse(null);
        if (t instanceof CaseFailure f) {
            for (CaseFailure.FailedExpectation e : f.expectations()) {
                if (e.differences().isEmpty()) {
                    out.println(indent(e.message(), "    "));
                } else {
                    out.println("    " + e.subject() + ":");
                    out.println(indent(diffs.render(e.differences(), color).stripTrailing(), "      "));
                }
            }
            if (!f.path().isEmpty()) out.println(dim("    executed path: " + CaseFailure.describePath(f.path())));
            f.warnings().forEach(w -> out.println("    " + paint(Ansi.Color.YELLOW, "warning: " + w)));
        } else if (t != null) {
            out.println(indent(String.valueOf(t.getMessage()), "    "));
            if (verbose && !(t instanceof AssertionError)) t.printStackTrace(out);
        }
        caseWarnings.forEach(w -> out.println("    " + paint(Ansi.Color.YELLOW, "warning: " + w)));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        out.flush();
    }

    /** Prints the closing summary line. */
    public void printSummary(long elapsedMillis) {
        String line = summary.passed.get() + " passed, " + summary.failed.get() + " failed, "
                + summary.skipped.get() + " skipped";
        out.println();
        out.println(summary.failed.get() > 0 ? paint(Ansi.Color.RED, line) : paint(Ansi.Color.GREEN, line));
        if (!quiet) out.println(dim("time: " + elapsedMillis + " ms"));
        out.flush();
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private String paint(Ansi.Color c, String text) {
        return color ? new Ansi().fg(c).a(text).reset().toString() : text;
    }

    private String paint(Ansi.Attribute a, String text) {
        return color ? new Ansi().a(a).a(text).reset().toString() : text;
    }

    private String dim(String text) {
        return color ? new Ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(text).reset().toString() : text;
    }
}

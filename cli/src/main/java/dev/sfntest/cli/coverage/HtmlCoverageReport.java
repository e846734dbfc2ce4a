package dev.sfntest.cli.coverage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code coverage.html}: a self-contained page (no scripts, no external files) with, per state machine, every state
 * and how often it was entered, and every transition, uncovered rows marked — to open from a CI artifact.
 */
public final class HtmlCoverageReport {
    private HtmlCoverageReport() {}

    public static String render(List<MachineCoverage> machines) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>sfn-test coverage</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;margin:.5em 0 2em}
                td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
                tr.miss td{background:#fde2e2}
                .num{text-align:right}
                </style></head><body>
                <h1>sfn-test coverage</h1>
                """);
        if (machines.isEmpty()) html.append("<p>No state machine ran.</p>\n");
        for (MachineCoverage m : machines) {
            List<String> notEntered = m.statesNotEntered();
            List<Transition> notTaken = m.transitionsNotTaken();
            html.append("<h2>").append(escape(m.name())).append("</h2>\n<p>")
                    .append(m.executions()).append(" executions, ").append(m.distinctPaths())
                    .append(" distinct paths · states ")
                    .append(TextCoverageReport.ratio(m.stateCount() - notEntered.size(), m.stateCount())).append(" · transitions ")
                    .append(TextCoverageReport.ratio(m.transitionCount() - notTaken.size(), m.transitionCount())).append("</p>\n");
            html.append("<table><tr><th>state</th><th class=\"num\">entered</th></tr>\n");
            for (Map.Entry<String, Long> e : m.entries().entrySet()) {
                html.append(e.getValue() == 0 ? "<tr class=\"miss\">" : "<tr>").append("<td>").append(escape(e.getKey()))
                        .append("</td><td class=\"num\">").append(e.getValue()).append("</td></tr>\n");
            }
            html.append("</table>\n");
            if (!notTaken.isEmpty()) {
                html.append("<table><tr><th>transition not taken</th><th>via</th></tr>\n");
                html.append(notTaken.stream().map(t -> "<tr class=\"miss\"><td>" + escape(t.from() + " → " + t.to()) + "</td><td>"
                                + escape(t.via()) + "</td></tr>\n")
                        .collect(Collectors.joining()));
                html.append("</table>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

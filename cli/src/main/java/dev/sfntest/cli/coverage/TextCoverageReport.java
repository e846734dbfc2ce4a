package dev.sfntest.cli.coverage;

import java.util.List;
import java.util.stream.Collectors;

/** The coverage summary printed after a run: one line per state machine, then what was never entered or taken. */
public final class TextCoverageReport {
    private TextCoverageReport() {}

    public static String render(List<MachineCoverage> machines) {
        StringBuilder out = new StringBuilder("Coverage\n");
        if (machines.isEmpty()) return out.append("  no state machine ran\n").toString();
        int width = machines.stream().mapToInt(m -> m.name().length()).max().orElse(0);
        for (MachineCoverage m : machines) {
            List<String> notEntered = m.statesNotEntered();
            List<Transition> notTaken = m.transitionsNotTaken();
            out.append("  ").append(pad(m.name(), width))
                    .append("  states ").append(ratio(m.stateCount() - notEntered.size(), m.stateCount()))
                    .append("  transitions ").append(ratio(m.transitionCount() - notTaken.size(), m.transitionCount()))
                    .append("  ").append(m.executions()).append(m.executions() == 1 ? " execution, " : " executions, ")
                    .append(m.distinctPaths()).append(m.distinctPaths() == 1 ? " path" : " distinct paths")
                    .append('\n');
            if (!notEntered.isEmpty()) out.append("    not entered: ").append(String.join(", ", notEntered)).append('\n');
            if (!notTaken.isEmpty()) {
                out.append("    not taken:   ")
                        .append(notTaken.stream().map(Transition::toString).collect(Collectors.joining(", "))).append('\n');
            }
        }
        return out.toString();
    }

    static String ratio(int covered, int total) {
        return covered + "/" + total + " (" + format(MachineCoverage.percent(covered, total)) + "%)";
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}

package dev.sfntest.cli.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks {@code expectedPath} against the states an execution entered, in order.
 *
 * <p>{@link PathMatchMode#EXACT}: the executed path equals the sequence. {@link PathMatchMode#INCLUDES}: the
 * sequence appears consecutively in the executed path (an empty sequence is always included). With several
 * sequences (a list of lists in the suite) every one must hold, each on its own, as the TypeScript tool does.
 */
public final class PathMatcher {
    /** States shown on each side of the place where the paths diverge. */
    private static final int WINDOW = 2;

    private PathMatcher() {}

    /** One readable mismatch per sequence that does not hold, in the order given; empty when all hold. */
    public static List<String> match(List<List<String>> expected, List<String> actual, PathMatchMode mode) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String prefix = expected.size() == 1 ? "" : "path " + (i + 1) + " of " + expected.size() + ": ";
            String mismatch = matchOne(expected.get(i), actual, mode);
            if (mismatch != null) {
                out.add(prefix + mismatch);
            }
        }
        return out;
    }

    /** The mismatch of one sequence, or {@code null} when it holds. */
    private static String matchOne(List<String> expected, List<String> actual, PathMatchMode mode) {
        return mode == PathMatchMode.EXACT ? matchExact(expected, actual) : matchIncludes(expected, actual);
    }

    private static String matchExact(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        if (i == expected.size() && i == actual.size()) {
            return null;
        }
        String head;
        if (i == actual.size()) {
            head = "path ended after " + i + (i == 1 ? " state" : " states") + "; expected " + quote(expected.get(i)) + " at index " + i;
        } else if (i == expected.size()) {
            head = "path has " + (actual.size() - i) + (actual.size() - i == 1 ? " more state" : " more states")
                    + " than expected, from index " + i + ": "
                    + quote(actual.get(i));
        } else {
            head = "path differs at index " + i + ": expected " + quote(expected.get(i)) + " but was "
                    + quote(actual.get(i));
        }
        return head + "\n  expected: " + window(expected, i) + "\n  actual:   " + window(actual, i);
    }

    private static String matchIncludes(List<String> expected, List<String> actual) {
        if (expected.isEmpty()) {
            return null;
        }
        // The start where the longest prefix of the sequence matches tells the user where it went wrong.
        int bestStart = -1;
        int bestLength = 0;
        for (int start = 0; start < actual.size(); start++) {
            int n = 0;
            while (n < expected.size() && start + n < actual.size() && expected.get(n).equals(actual.get(start + n))) {
                n++;
            }
            if (n == expected.size()) {
                return null;
            }
            if (n > bestLength) {
                bestStart = start;
                bestLength = n;
            }
        }
        String sequence = "path does not include the sequence " + list(expected);
        if (bestStart < 0) {
            return sequence + "; " + quote(expected.get(0)) + " was never entered\n  actual:   "
                    + window(actual, 0, 2 * WINDOW + 1);
        }
        int at = bestStart + bestLength;
        String found = at < actual.size() ? "but was " + quote(actual.get(at)) : "but the path ended";
        return sequence + "; closest at index " + bestStart + ": after " + list(expected.subList(0, bestLength))
                + " expected " + quote(expected.get(bestLength)) + " " + found
                + "\n  expected: " + window(expected, bestLength)
                + "\n  actual:   " + window(actual, at);
    }

    /** The states around {@code index}, with "…" where the list goes on: {@code … B, C, D, E …}. */
    private static String window(List<String> path, int index) {
        return window(path, index - WINDOW, index + WINDOW + 1);
    }

    private static String window(List<String> path, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(path.size(), to);
        String body = path.subList(start, end).stream().collect(Collectors.joining(", "));
        return "[" + (start > 0 ? "… " : "") + body + (end < path.size() ? " …" : "") + "]";
    }

    private static String list(List<String> states) {
        return "[" + String.join(", ", states) + "]";
    }

    private static String quote(String state) {
        return "\"" + state + "\"";
    }
}

package dev.sfntest.engine.expr.jsonata;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code $name} references in JSONata text, skipping string literals and backquoted names, so that
 * only the workflow variables an expression mentions are converted and bound. Over-collecting (a name inside a
 * regex or a local {@code :=}) is harmless.
 */
final class VariableReferences {
    private VariableReferences() {}

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(text, i, c);
            } else if (c == '$') {
                int start = ++i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                if (i > start) names.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}

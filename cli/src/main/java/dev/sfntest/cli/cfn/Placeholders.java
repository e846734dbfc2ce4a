package dev.sfntest.cli.cfn;

import java.util.function.Function;

/**
 * The {@code ${Name}} placeholders of {@code Fn::Sub} and of a state machine's {@code DefinitionSubstitutions}.
 * {@code ${!Name}} is the literal text {@code ${Name}}, as in {@code Fn::Sub}.
 */
final class Placeholders {
    private Placeholders() {}

    /**
     * {@code text} with every placeholder replaced by {@code value.apply(name)}; a placeholder whose value is
     * {@code null} stays as written.
     */
    static String replace(String text, Function<String, String> value) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            int end = start < 0 ? -1 : text.indexOf('}', start + 2);
            if (end < 0) {
                return out.append(text, from, text.length()).toString();
            }
            out.append(text, from, start);
            String name = text.substring(start + 2, end);
            String replacement = name.startsWith("!") ? "${" + name.substring(1) + "}" : value.apply(name.strip());
            out.append(replacement == null ? text.substring(start, end + 1) : replacement);
            from = end + 1;
        }
    }
}

package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.util.List;

/**
 * {@code States.StringSplit(string, delimiters)}: every character of the second string is a delimiter, and empty
 * pieces are dropped (Java's StringTokenizer). Recorded: corpus test_string_operations.test_string_split
 * (", , ," on "," → [" ", " "]; ",,,," → []; "This.is+a,test=string" on ".+,=" → 5 words) and
 * test_generic.test_escape_sequence.
 */
final class StringSplitFunction implements IntrinsicFunction {
    @Override public String name() { return "States.StringSplit"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        String text = ArgumentChecks.string(args, 0, "string");
        String delimiters = ArgumentChecks.string(args, 1, "delimiters");
        ArrayNode out = Json.NODES.arrayNode();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean delimiter = delimiters.indexOf(cp) >= 0;
            if (delimiter && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!delimiter && start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }
}

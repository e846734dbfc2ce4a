package dev.sfntest.engine.expr.intrinsic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of the 18 intrinsic functions AWS Step Functions offers, by their full name. */
final class IntrinsicFunctions {
    private IntrinsicFunctions() {}

    private static final Map<String, IntrinsicFunction> BY_NAME = List.of(
                    new FormatFunction(), new StringToJsonFunction(), new JsonToStringFunction(),
                    new ArrayFunction(), new ArrayPartitionFunction(), new ArrayContainsFunction(),
                    new ArrayRangeFunction(), new ArrayGetItemFunction(), new ArrayLengthFunction(),
                    new ArrayUniqueFunction(), new Base64EncodeFunction(), new Base64DecodeFunction(),
                    new HashFunction(), new JsonMergeFunction(), new MathRandomFunction(), new MathAddFunction(),
                    new StringSplitFunction(), new UUIDFunction())
            .stream().collect(Collectors.toUnmodifiableMap(IntrinsicFunction::name, Function.identity()));

    /** The function called {@code name} (e.g. "States.Format"), or null when there is none. */
    static IntrinsicFunction find(String name) {
        return BY_NAME.get(name);
    }

    static int count() {
        return BY_NAME.size();
    }
}

package dev.sfntest.engine.parse;

import dev.sfntest.engine.model.QueryLanguage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type accepts in each query language, as the AWS States Language specification and
 * the JSONata pages of the AWS developer guide list them. Anything else is refused at load time, as AWS does.
 */
final class FieldRules {
    private FieldRules() {}

    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "Parameters", "ResultSelector",
            "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath",
            "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
            "ToleratedFailureCountPath", "Result", "Iterator");
    private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items", "Condition");

    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "Pass", Set.of("Result", "ResultPath", "Parameters", "InputPath", "OutputPath", "Output", "Assign", "Next", "End"),
            "Task", Set.of("Resource", "Parameters", "Arguments", "ResultSelector", "ResultPath", "InputPath",
                    "OutputPath", "Output", "Assign", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
                    "HeartbeatSecondsPath", "Retry", "Catch", "Credentials", "Next", "End"),
            "Choice", Set.of("Choices", "Default", "InputPath", "OutputPath", "Output", "Assign"),
            "Wait", Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath", "InputPath", "OutputPath", "Output",
                    "Assign", "Next", "End"),
            "Succeed", Set.of("InputPath", "OutputPath", "Output"),
            "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"),
            "Parallel", Set.of("Branches", "Parameters", "Arguments", "ResultSelector", "ResultPath", "InputPath",
                    "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"),
            "Map", Set.of("ItemProcessor", "Iterator", "ItemsPath", "Items", "ItemSelector", "Parameters", "ItemReader",
                    "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label",
                    "ResultSelector", "ResultPath", "InputPath", "OutputPath", "Output", "Assign", "Retry", "Catch",
                    "Next", "End"));

    private static final Set<String> ALWAYS = Set.of("Type", "Comment", "QueryLanguage");

    static boolean isStateType(String type) {
        return BY_TYPE.containsKey(type);
    }

    static Set<String> stateTypes() {
        return BY_TYPE.keySet();
    }

    /** The fields a state of this type accepts in this language. */
    static Set<String> allowed(String type, QueryLanguage language) {
        Set<String> result = new HashSet<>(ALWAYS);
        for (String field : BY_TYPE.get(type)) {
            if (language == QueryLanguage.JSONATA && JSONPATH_ONLY.contains(field)) continue;
            if (language == QueryLanguage.JSONPATH && JSONATA_ONLY.contains(field)) continue;
            result.add(field);
        }
        return result;
    }

    /** True when the field exists in the other language only (for a clearer message). */
    static boolean belongsToOtherLanguage(String field, QueryLanguage language) {
        return language == QueryLanguage.JSONATA ? JSONPATH_ONLY.contains(field) : JSONATA_ONLY.contains(field);
    }
}

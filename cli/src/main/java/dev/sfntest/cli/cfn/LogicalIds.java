package dev.sfntest.cli.cfn;

import dev.sfntest.engine.parse.Suggestions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Logical ids as CDK writes them: the construct id and an 8-hex-digit hash ({@code BatchMachineA1B2C3D4}). */
final class LogicalIds {
    private static final Pattern CDK_HASH = Pattern.compile("[0-9A-F]{8}$");

    private LogicalIds() {}

    /** Whether {@code id} is {@code constructId} followed by CDK's hash. */
    static boolean isCdkIdOf(String id, String constructId) {
        return id.length() == constructId.length() + 8 && id.startsWith(constructId) && CDK_HASH.matcher(id).find();
    }

    /** "Did you mean" over the ids as written and without CDK's hash, which a typo of the construct id lacks. */
    static Optional<String> didYouMean(String wanted, Collection<String> ids) {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (String id : ids) {
            candidates.put(id, id);
            String construct = CDK_HASH.matcher(id).replaceFirst("");
            if (!construct.isEmpty()) candidates.putIfAbsent(construct, id);
        }
        return Suggestions.closest(wanted, candidates.keySet()).map(c -> "did you mean '" + candidates.get(c) + "'?");
    }
}

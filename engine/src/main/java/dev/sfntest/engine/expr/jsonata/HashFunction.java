package dev.sfntest.engine.expr.jsonata;

import dev.sfntest.engine.expr.EvaluationContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code $hash(value, algorithm)}: lower-case hex digest of the UTF-8 string; algorithms MD5, SHA-1, SHA-256,
 * SHA-384, SHA-512 (AWS guide, "JSONata functions provided by Step Functions"; the same set as States.Hash).
 */
final class HashFunction implements AwsFunction {
    static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    @Override public String name() { return "hash"; }

    @Override public String signature() { return "<ss:s>"; }

    @Override
    public Object apply(List<?> args, EvaluationContext ctx) {
        Object value = AwsFunction.arg(args, 0);
        Object algorithm = AwsFunction.arg(args, 1);
        if (value == null || algorithm == null) return null;
        if (!ALGORITHMS.contains((String) algorithm)) {
            throw AwsFunction.failure("The hash algorithm " + JsonataMessages.stringify(algorithm)
                    + " is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance((String) algorithm);
            return HexFormat.of().formatHex(digest.digest(((String) value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }
}

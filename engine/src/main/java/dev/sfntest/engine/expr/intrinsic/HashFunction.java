package dev.sfntest.engine.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.expr.EvaluationContext;
import dev.sfntest.engine.expr.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code States.Hash(data, algorithm)}: lower-case hex digest of the data's UTF-8 bytes. AWS guide: algorithm is
 * one of MD5, SHA-1, SHA-256, SHA-384, SHA-512; data is a string of at most 10,000 characters. A literal
 * algorithm outside the list is refused when the definition is loaded.
 */
final class HashFunction implements IntrinsicFunction {
    static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    @Override public String name() { return "States.Hash"; }
    @Override public int minArguments() { return 2; }
    @Override public int maxArguments() { return 2; }

    @Override
    public void validate(List<Argument> arguments) {
        if (arguments.get(1) instanceof Argument.StringLiteral s && !ALGORITHMS.contains(s.value().textValue())) {
            throw new IllegalArgumentException(unsupported(s.value().textValue()));
        }
    }

    @Override
    public JsonNode apply(JsonNode[] args, List<Argument> arguments, EvaluationContext ctx) {
        String data = ArgumentChecks.limitedString(args, 0, "data");
        String algorithm = ArgumentChecks.string(args, 1, "algorithm");
        if (!ALGORITHMS.contains(algorithm)) throw new IntrinsicArgumentException(unsupported(algorithm));
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return Json.NODES.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }

    private static String unsupported(String algorithm) {
        return "the hash algorithm '" + algorithm + "' is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512";
    }
}

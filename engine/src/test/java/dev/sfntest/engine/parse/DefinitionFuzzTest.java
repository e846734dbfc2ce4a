package dev.sfntest.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.StateMachine;
import dev.sfntest.engine.spi.TaskOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the whole engine: every definition we have (the example workspace, the CLI's test
 * fixtures and the AWS-recorded conformance corpus) is mutated thousands of times — a field removed, a value of
 * another type, a transition to nowhere, a state of another type, an unknown key — and each mutant must either be
 * rejected with a {@link DefinitionException} (which the CLI turns into a readable error) or load and then run to
 * an {@link ExecutionResult}. Anything else — a NullPointerException, a ClassCastException, an exception escaping
 * {@code Engine.execute} — is an engine bug a user would see as a stack trace. A failure prints the seed and the
 * mutated definition, so it can be replayed.
 */
class DefinitionFuzzTest {
    /** Fixed in CI; {@code -Dfuzz.seed=… -Dfuzz.mutants=…} explores further from the command line. */
    private static final long SEED = Long.getLong("fuzz.seed", 20261204L);
    private static final int MUTANTS_PER_SEED_DEFINITION = Integer.getInteger("fuzz.mutants", 12);

    /** Values of every JSON type, plus strings that look like the expressions ASL fields may hold. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "0", "-1", "1.5", "2147483648", "1e400",
            "\"\"", "\"x\"", "\"$\"", "\"$.a\"", "\"$$.Execution.Id\"", "\"$.a[\"", "\"{% %}\"", "\"{% $nope %}\"",
            "\"{% $states.input %}\"", "\"{% 1/0 %}\"", "\"States.Format('{}', $.a)\"", "\"States.ArrayRange(1, 5000, 1)\"",
            "\"States.Nope()\"", "\"2024-01-01T00:00:00Z\"", "\"not-a-date\"", "[]", "[1,\"a\",null]", "{}",
            "{\"a\":{\"b\":[1,2]}}", "{\"Next\":\"Nowhere\"}", "[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Nowhere\"}]");
    private static final List<String> TYPES = List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel",
            "Map", "Bogus");

    @Test
    void everyMutantIsRejectedCleanlyOrRunsToAResult() throws IOException {
        List<Path> seeds = seedDefinitions();
        assertThat(seeds).as("seed definitions").hasSizeGreaterThan(5);
        Random random = new Random(SEED);
        List<String> bugs = new ArrayList<>();
        int loaded = 0;
        int rejected = 0;
        for (Path seed : seeds) {
            JsonNode original = Json.parse(Files.readString(seed));
            for (int i = 0; i < MUTANTS_PER_SEED_DEFINITION; i++) {
                JsonNode mutant = original.deepCopy();
                String mutation = mutate(mutant, random, 1 + random.nextInt(3));
                String text = Json.write(mutant);
                StateMachine machine;
                try {
                    machine = Engine.load(text);
                    loaded++;
                } catch (DefinitionException expected) {
                    assertThat(expected.diagnostics()).as("a rejection names its problems").isNotEmpty();
                    rejected++;
                    continue;
                } catch (Throwable bug) {
                    bugs.add(report("load", seed, mutation, text, bug));
                    continue;
                }
                for (String input : List.of("{}", "{\"a\":[1,2,3],\"items\":[{\"id\":1}],\"n\":3}")) {
                    try {
                        ExecutionResult result = Engine.execute(machine, request(input, random.nextInt(3)));
                        assertThat(result).isNotNull();
                    } catch (Throwable bug) {
                        bugs.add(report("execute " + input, seed, mutation, text, bug));
                    }
                }
            }
        }
        assertThat(bugs).as("mutants that escaped as exceptions (loaded %d, rejected %d)", loaded, rejected).isEmpty();
        // The mutations must exercise both paths, or the test has stopped testing anything.
        assertThat(loaded).isGreaterThan(100);
        assertThat(rejected).isGreaterThan(100);
    }

    private static ExecutionRequest request(String input, int taskBehaviour) {
        return ExecutionRequest.of(parse(input)).withTaskInvoker(inv -> switch (taskBehaviour) {
            case 0 -> TaskOutcome.success(inv.input());
            case 1 -> TaskOutcome.success(parse("{\"Payload\":{\"ok\":true},\"StatusCode\":200}"));
            default -> TaskOutcome.failure("Lambda.ServiceException", "mocked failure");
        });
    }

    /** Applies {@code count} random mutations in place; returns what was done, for the failure report. */
    private static String mutate(JsonNode root, Random random, int count) {
        StringBuilder done = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(root, objects);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String field = names.isEmpty() ? "Next" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> {
                    target.remove(field);
                    done.append("removed ").append(field).append("; ");
                }
                case 1 -> {
                    String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
                    target.set(field, parse(value));
                    done.append(field).append(" = ").append(value).append("; ");
                }
                case 2 -> {
                    target.put("Next", random.nextBoolean() ? "Nowhere" : field);
                    done.append("Next -> ").append(target.get("Next")).append("; ");
                }
                case 3 -> {
                    String type = TYPES.get(random.nextInt(TYPES.size()));
                    target.put("Type", type);
                    done.append("Type = ").append(type).append("; ");
                }
                case 4 -> {
                    target.put(random.nextBoolean() ? "Unknwon" : "End", random.nextBoolean());
                    done.append("added a key; ");
                }
                case 5 -> {
                    JsonNode value = target.get(field);
                    if (value != null && value.isArray() && !value.isEmpty()) {
                        ((ArrayNode) value).remove(random.nextInt(value.size()));
                        done.append("dropped an element of ").append(field).append("; ");
                    } else if (value != null && value.isTextual()) {
                        String s = value.textValue();
                        target.put(field, s.substring(0, random.nextInt(s.length() + 1)));
                        done.append("truncated ").append(field).append("; ");
                    }
                }
                default -> {
                    JsonNode qlHolder = root.isObject() ? root : target;
                    if (qlHolder instanceof ObjectNode o) {
                        String ql = random.nextBoolean() ? "JSONata" : "JSONPath";
                        o.put("QueryLanguage", ql);
                        done.append("QueryLanguage = ").append(ql).append("; ");
                    }
                }
            }
        }
        return done.toString();
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) into.add(o);
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) collectObjects(it.next(), into);
    }

    private static List<Path> seedDefinitions() throws IOException {
        Path repo = Path.of("").toAbsolutePath().getParent();
        List<Path> roots = List.of(repo.resolve("state-machines"), repo.resolve("cli/src/test/resources"),
                repo.resolveSibling("shared").resolve("conformance/corpus"));
        List<Path> seeds = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".asl.json")).filter(DefinitionFuzzTest::isJson)
                        .sorted().forEach(seeds::add);
            }
        }
        return seeds;
    }

    /** The CLI's bad-input fixtures include definitions that are not JSON at all: those are no seed. */
    private static boolean isJson(Path p) {
        try {
            Json.parse(Files.readString(p));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(String phase, Path seed, String mutation, String text, Throwable bug) {
        java.io.StringWriter trace = new java.io.StringWriter();
        bug.printStackTrace(new java.io.PrintWriter(trace));
        String firstFrames = String.join("\n", trace.toString().lines().limit(8).toList());
        return phase + " of a mutant of " + seed.getFileName() + " (" + mutation + "):\n" + firstFrames
                + "\nmutant: " + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
    }
}

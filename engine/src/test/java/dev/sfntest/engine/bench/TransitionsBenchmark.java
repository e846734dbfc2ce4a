package dev.sfntest.engine.bench;

import dev.sfntest.engine.Engine;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.ExecutionResult;
import dev.sfntest.engine.expr.Json;
import dev.sfntest.engine.model.StateMachine;

/**
 * Raw engine speed: state transitions per second of a Pass/Choice counter loop (the loop of
 * ../shared/bench/loop-8k), in one warm JVM. A benchmark, not a test: run it with
 * {@code mvn -q -pl engine test-compile exec:java} or
 * {@code java -cp engine/target/classes:engine/target/test-classes:$(cat engine/target/classpath.txt) dev.sfntest.engine.bench.TransitionsBenchmark}
 * (see bench/README.md). It prints the median of the measured rounds.
 */
public final class TransitionsBenchmark {
    private static final String LOOP = """
            {"StartAt":"Init","States":{
              "Init":{"Type":"Pass","Parameters":{"i":0,"limit.$":"$.limit"},"Next":"CheckDone"},
              "CheckDone":{"Type":"Choice","Choices":[{"Variable":"$.i","NumericGreaterThanEqualsPath":"$.limit","Next":"Done"}],
                "Default":"Increment"},
              "Increment":{"Type":"Pass","Parameters":{"i.$":"States.MathAdd($.i, 1)","limit.$":"$.limit"},"Next":"CheckDone"},
              "Done":{"Type":"Succeed"}}}""";

    private TransitionsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int limit = 4000; // 8,003 states entered, under AWS's 25,000-event history limit
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        StateMachine machine = Engine.load(LOOP);
        ExecutionRequest request = ExecutionRequest.of(Json.parse("{\"limit\":" + limit + "}"));
        long[] perSecond = new long[rounds];
        for (int warm = 0; warm < 10; warm++) Engine.execute(machine, request);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int runs = 0;
            long transitions = 0;
            while (System.nanoTime() - t0 < 200_000_000L) {
                ExecutionResult result = Engine.execute(machine, request);
                if (!result.succeeded()) throw new IllegalStateException(result.error() + ": " + result.cause());
                transitions += result.visits().size();
                runs++;
            }
            perSecond[r] = transitions * 1_000_000_000L / (System.nanoTime() - t0);
        }
        java.util.Arrays.sort(perSecond);
        System.out.printf("Pass/Choice loop: median %,d transitions/s (min %,d, max %,d) over %d rounds of 200 ms%n",
                perSecond[rounds / 2], perSecond[0], perSecond[rounds - 1], rounds);
    }
}

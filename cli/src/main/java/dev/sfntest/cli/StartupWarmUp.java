package dev.sfntest.cli;

import dev.sfntest.engine.expr.Json;
import java.time.LocalDateTime;

/**
 * Initialises, on a second core, classes whose static set-up is slow and which nearly every command needs later,
 * while the main thread parses the command line and reads files. Jackson's {@code ObjectMapper} is the one that
 * counts: its default date format pulls in the JDK's locale and calendar data, about 35 ms on a cold JVM — a
 * twentieth of a 1,000-case run — that would otherwise sit on the main thread. The time-zone rules are the other. Class initialisation is
 * thread-safe: whichever thread gets there second simply waits for the first.
 */
final class StartupWarmUp {
    private StartupWarmUp() {}

    static void begin() {
        Thread thread = new Thread(StartupWarmUp::initialise, "sfn-test-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialise() {
        Json.NODES.nullNode();
        // Every finished case publishes a JUnit ReportEntry, which is time-stamped: the first clock read with a
        // zone loads the time-zone rules (about 10 ms cold), better spent here than on the case thread.
        LocalDateTime.now();
    }
}

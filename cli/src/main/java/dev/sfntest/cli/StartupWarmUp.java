package dev.sfntest.cli;

import dev.sfntest.engine.expr.Json;

/**
 * Initialises, on a second core, classes whose static set-up is slow and which nearly every command needs later,
 * while the main thread parses the command line and reads files. Jackson's {@code ObjectMapper} is the one that
 * counts: its default date format pulls in the JDK's locale and calendar data, about 35 ms on a cold JVM — a
 * twentieth of a 1,000-case run — that would otherwise sit on the main thread. Class initialisation is
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
    }
}

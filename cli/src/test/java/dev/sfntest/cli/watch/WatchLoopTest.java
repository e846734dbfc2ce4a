package dev.sfntest.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher and the loop over real files. Waits are bounded (a generous guard against a hang, never a measure of
 * speed): file-system events arrive within milliseconds on Linux, within seconds where the JDK polls.
 */
class WatchLoopTest {
    private static final long GUARD_SECONDS = 30;

    @TempDir
    Path project;

    @Test
    void reportsAChangedFileInASubFolderAndInAFolderCreatedLater() throws Exception {
        Files.createDirectories(project.resolve("test-suites"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(project), List.of())) {
            Files.writeString(project.resolve("test-suites/a.test.yaml"), "version: \"1.0\"\n");
            assertThat(await(watcher)).contains(project.resolve("test-suites/a.test.yaml"));

            Files.createDirectories(project.resolve("mocks"));
            await(watcher);
            Files.writeString(project.resolve("mocks/a.mock.yaml"), "x");
            assertThat(await(watcher)).contains(project.resolve("mocks/a.mock.yaml"));
        }
    }

    @Test
    void ignoresEditorFilesWorkFoldersAndWhatTheRunWritesItself() throws Exception {
        Path report = project.resolve("build/report.xml");
        Files.createDirectories(report.getParent());
        Files.createDirectories(project.resolve(".sfn-test/coverage"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(project), List.of(report))) {
            Files.writeString(project.resolve(".a.test.yaml.swp"), "x");
            Files.writeString(project.resolve(".sfn-test/coverage/coverage.json"), "{}");
            Files.writeString(report, "<testsuite/>");
            Files.writeString(project.resolve("flow.asl.json"), "{}");

            assertThat(await(watcher)).containsExactly(project.resolve("flow.asl.json"));
        }
    }

    @Test
    void runsAgainAfterEachChangeKeepsGoingAfterAFailedRunAndStopsWhenInterrupted() throws Exception {
        Path suite = project.resolve("a.test.yaml");
        Files.writeString(suite, "1");
        BlockingQueue<Integer> runs = new LinkedBlockingQueue<>();
        AtomicInteger started = new AtomicInteger();
        StringWriter out = new StringWriter();
        StringWriter reported = new StringWriter();
        WatchLoop loop = new WatchLoop(List.of(project), List.of(), new PrintWriter(out, true), e -> {
            reported.write(e.getMessage());
            return 2;
        });
        Thread watching = new Thread(() -> {
            try {
                runs.add(-loop.run(() -> {
                    runs.add(started.incrementAndGet());
                    if (Files.readString(suite).equals("bad")) throw new IllegalStateException("half-edited");
                    return 0;
                }));
            } catch (IOException e) {
                runs.add(-99);
            }
        });
        watching.start();
        try {
            assertThat(runs.poll(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
            awaitWatching(out, 1);
            Files.writeString(suite, "bad");
            assertThat(runs.poll(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
            awaitWatching(out, 2); // printed once the failed run has been reported
            assertThat(reported.toString()).isEqualTo("half-edited");
            Files.writeString(suite, "2");
            assertThat(runs.poll(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(out.toString()).contains("— a.test.yaml changed; running again —");
        } finally {
            watching.interrupt();
            watching.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
        }
        assertThat(watching.isAlive()).as("the loop ends when interrupted").isFalse();
        assertThat(runs.poll()).as("exit code of the last run").isEqualTo(0);
    }

    private static Set<Path> await(ChangeWatcher watcher) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.awaitChange();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(GUARD_SECONDS, TimeUnit.SECONDS);
    }

    /** Until the loop has said {@code times} times that it is watching (so the next write is seen). */
    private static void awaitWatching(StringWriter out, int times) throws InterruptedException {
        for (int i = 0; i < GUARD_SECONDS * 100 && count(out.toString(), "for changes (Ctrl-C to stop)") < times; i++) {
            Thread.sleep(10);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}

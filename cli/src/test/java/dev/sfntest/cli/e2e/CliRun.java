package dev.sfntest.cli.e2e;

import dev.sfntest.cli.command.SfnTestCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One in-process run of {@code sfn-test}: exit code and what went to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    /** No run may take longer than this: a bad input must never hang the command. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    static CliRun of(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sfn-test-e2e");
            t.setDaemon(true);
            return t;
        });
        try {
            int code = pool.submit(() -> SfnTestCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    args.toArray(new String[0]))).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return new CliRun(code, out.toString(), err.toString());
        } catch (TimeoutException e) {
            throw new AssertionError("sfn-test " + String.join(" ", args) + " did not finish within " + LIMIT);
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static CliRun of(String... args) {
        return of(List.of(args));
    }

    /** The module folder ({@code cli/}), found from the compiled test classes, whatever the working directory. */
    static Path moduleDir() {
        try {
            Path classes = Path.of(CliRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent(); // cli/target/test-classes → cli
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository root, which holds the example workspace. */
    static Path repoRoot() {
        Path root = moduleDir().getParent();
        if (!Files.isRegularFile(root.resolve("sfn-test.config.yaml"))) {
            throw new IllegalStateException("no example workspace at " + root);
        }
        return root;
    }
}

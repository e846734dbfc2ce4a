package dev.sfntest.cli.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * {@code run --watch}: runs the tests, then again each time a file under the project changes, until interrupted
 * (Ctrl-C). A run that fails on bad input (a half-edited suite, say) is reported like any other and the loop goes
 * on waiting: the next save may fix it. The JVM stays warm, so runs after the first take milliseconds.
 */
public final class WatchLoop {
    private final List<Path> roots;
    private final List<Path> written;
    private final PrintWriter out;
    private final ToIntFunction<Exception> reportError;

    /**
     * @param roots       the folders to watch (with their sub-folders)
     * @param written     what a run writes itself (report, coverage, extracted definitions): not a change
     * @param reportError prints a failed run's exception as the command would, and returns its exit code
     */
    public WatchLoop(List<Path> roots, List<Path> written, PrintWriter out, ToIntFunction<Exception> reportError) {
        this.roots = roots;
        this.written = written;
        this.out = out;
        this.reportError = reportError;
    }

    /** Runs {@code tests} (one run, returning its exit code) until interrupted; returns the last run's exit code. */
    public int run(Callable<Integer> tests) throws IOException {
        int exit = runOnce(tests);
        try (ChangeWatcher watcher = new ChangeWatcher(roots, written)) {
            while (!Thread.currentThread().isInterrupted()) {
                out.println();
                out.println("watching " + roots.stream().map(Path::toString).collect(Collectors.joining(", "))
                        + " for changes (Ctrl-C to stop)");
                out.flush();
                Set<Path> changed = watcher.awaitChange();
                if (changed.isEmpty()) break;
                out.println("— " + describe(changed) + " changed; running again —");
                out.flush();
                exit = runOnce(tests);
            }
        }
        return exit;
    }

    private int runOnce(Callable<Integer> tests) {
        try {
            return tests.call();
        } catch (Exception e) {
            return reportError.applyAsInt(e);
        }
    }

    private static String describe(Set<Path> changed) {
        Path first = changed.iterator().next();
        return changed.size() == 1 ? first.getFileName().toString()
                : first.getFileName() + " and " + (changed.size() - 1) + " more";
    }
}

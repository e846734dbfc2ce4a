package dev.sfntest.cli.junit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs cases one after another, in order, under their wall-clock timeouts. The cases run on a worker thread while
 * the calling thread only watches the deadline of the running case: it sleeps until that deadline and never wakes
 * per case (a hand-off to a guard thread and back for every case cost more than a small case itself). When a case
 * overruns, the watcher reports its timeout, abandons the worker (a daemon, so a runaway execution never keeps the
 * process alive; the engine has no way to stop it) and starts a new worker at the next case.
 */
final class GuardedSequence {
    private final List<CaseDescriptor> cases;
    private final EngineExecutionListener listener;
    private final boolean stopOnFailure;
    private final Object lock = new Object();
    // All guarded by lock.
    private Thread worker;
    private int next;
    private CaseDescriptor running;
    private long deadline;
    private boolean failed;
    private boolean finished;
    private boolean watcherIdle;
    private Throwable crash;

    GuardedSequence(List<CaseDescriptor> cases, EngineExecutionListener listener, boolean stopOnFailure) {
        this.cases = cases;
        this.listener = listener;
        this.stopOnFailure = stopOnFailure;
    }

    /** Whether any case has a timeout; without one the cases simply run on the calling thread. */
    static boolean needed(List<CaseDescriptor> cases) {
        return cases.stream().anyMatch(c -> c.testCase().timeoutMillis().isPresent());
    }

    /** Runs every case and returns when the last one is reported. */
    void run() {
        synchronized (lock) {
            startWorker();
            while (!finished) {
                if (running == null || deadline == Long.MAX_VALUE) {
                    watcherIdle = true;
                    waitUninterruptibly(0);
                    watcherIdle = false;
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    waitUninterruptibly(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                    continue;
                }
                CaseDescriptor late = running;
                running = null;
                failed = true;
                long millis = late.testCase().timeoutMillis().orElseThrow();
                listener.executionFinished(late, TestExecutionResult.failed(late.testCase().timeoutFailure(millis)));
                startWorker();
            }
        }
        if (crash instanceof RuntimeException e) throw e;
        if (crash instanceof Error e) throw e;
    }

    private void startWorker() {
        Thread t = new Thread(this::work, "sfn-test-case");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    private void work() {
        Thread self = Thread.currentThread();
        try {
            while (true) {
                CaseDescriptor c;
                synchronized (lock) {
                    if (worker != self) return;
                    if (next == cases.size()) {
                        finish(null);
                        return;
                    }
                    c = cases.get(next++);
                    if (failed && stopOnFailure) {
                        listener.executionSkipped(c, "stopOnFailure: an earlier case failed");
                        continue;
                    }
                    Optional<String> skip = c.testCase().skipReason();
                    if (skip.isPresent()) {
                        listener.executionSkipped(c, skip.get());
                        continue;
                    }
                    listener.executionStarted(c);
                    OptionalLong timeout = c.testCase().timeoutMillis();
                    running = c;
                    deadline = timeout.isPresent() ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout.getAsLong())
                            : Long.MAX_VALUE;
                    if (watcherIdle && deadline != Long.MAX_VALUE) lock.notifyAll();
                }
                Object outcome = SfnTestEngine.outcomeOf(c);
                synchronized (lock) {
                    if (worker != self) return;   // timed out meanwhile: already reported by the watcher
                    running = null;
                    failed |= !SfnTestEngine.finish(c, outcome, listener);
                }
            }
        } catch (Throwable t) {
            synchronized (lock) {
                if (worker == self) finish(t);
            }
        }
    }

    private void finish(Throwable t) {
        crash = t;
        finished = true;
        lock.notifyAll();
    }

    private void waitUninterruptibly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.sfntest.engine.spi;

/**
 * Performs a Task state's work. The engine never calls AWS: tests plug in mocks here.
 *
 * <p>Implementations must be thread-safe only if the caller runs executions concurrently on one invoker.
 */
@FunctionalInterface
public interface TaskInvoker {
    /** Runs one attempt of a task: return a result, or a failure carrying the AWS error name and cause. */
    TaskOutcome invoke(TaskInvocation invocation);
}

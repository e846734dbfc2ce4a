package dev.sfntest.engine.error;

/** The predefined error names of the Amazon States Language, spelled as AWS spells them. */
public final class StatesErrors {
    private StatesErrors() {}

    public static final String ALL = "States.ALL";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String TIMEOUT = "States.Timeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String PERMISSIONS = "States.Permissions";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    public static final String RUNTIME = "States.Runtime";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";

    /**
     * Errors that {@code States.ALL} (and {@code States.TaskFailed}) do not match when they reach a Retry or Catch.
     *
     * <p>Only {@code States.Runtime}. The guide also calls {@code States.DataLimitExceeded} terminal, but AWS's
     * recorded executions show a Task whose result is over the limit failing with a {@code States.DataLimitExceeded}
     * that a {@code States.ALL} catcher takes (corpus {@code error_handling/test_states_errors
     * .test_task_lambda_catch_state_all_data_limit_exceeded_on_large_utf8_response} and
     * {@code …test_service_task_lambada_catch_state_all…}). A state's own output over the limit stays uncatchable
     * because the interpreter raises it after Retry/Catch handling is over.
     *
     * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">Error
     *      names</a>
     */
    public static boolean isTerminal(String error) {
        return RUNTIME.equals(error);
    }
}

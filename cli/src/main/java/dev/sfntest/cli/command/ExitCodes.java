package dev.sfntest.cli.command;

/** The process exit codes: 0 all passed, 1 a test failed, 2 usage or bad input, 3 internal error. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int PASSED = 0;
    public static final int TEST_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
}

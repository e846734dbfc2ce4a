package dev.sfntest.cli.config;

import java.nio.file.Path;

/** The {@code paths:} of the config file, each resolved against the project root. */
public record ProjectPaths(Path mocks, Path testSuites, Path testData, Path extracted, Path coverage) {

    public static final String MOCKS = "./sfn-test/mocks";
    public static final String TEST_SUITES = "./sfn-test/test-suites";
    public static final String TEST_DATA = "./sfn-test/test-data";
    public static final String EXTRACTED = "./.sfn-test/extracted";
    public static final String COVERAGE = "./.sfn-test/coverage";

    /** The defaults of the reference tool, under {@code root}. */
    public static ProjectPaths defaults(Path root) {
        return new ProjectPaths(root.resolve(MOCKS).normalize(), root.resolve(TEST_SUITES).normalize(),
                root.resolve(TEST_DATA).normalize(), root.resolve(EXTRACTED).normalize(),
                root.resolve(COVERAGE).normalize());
    }
}

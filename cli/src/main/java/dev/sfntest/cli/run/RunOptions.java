package dev.sfntest.cli.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line, as the planner needs it.
 *
 * @param asl      --asl: use this definition instead of the suite's state machine
 * @param mock     --mock: use this mock file instead of the suite's baseMock
 * @param strict   --strict: unmocked tasks fail
 * @param bail     --bail: skip everything after the first failure
 */
public record RunOptions(Path cwd, Optional<Path> asl, Optional<Path> mock, boolean strict, boolean bail) {}

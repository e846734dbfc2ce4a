package dev.sfntest.cli.run;

import dev.sfntest.cli.config.ConfigLoader;
import dev.sfntest.cli.config.ProjectConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line, as the planner needs it.
 *
 * @param asl      --asl: use this definition instead of the suite's state machine
 * @param mock     --mock: use this mock file instead of the suite's baseMock
 * @param strict   --strict: unmocked tasks fail
 * @param bail     --bail: skip everything after the first failure
 * @param config   --config: this config file for every suite, instead of the one nearest to each
 */
public record RunOptions(Path cwd, Optional<Path> asl, Optional<Path> mock, boolean strict, boolean bail,
                         Optional<Path> config) {

    /** The --config file, else the config nearest to {@code start} (else to the working folder), else none. */
    public ProjectConfig configFor(Path start) {
        return ConfigLoader.loadGivenOrNearest(config, start, cwd);
    }
}

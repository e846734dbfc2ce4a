package dev.sfntest.cli.junit;

import java.util.List;

/**
 * One suite file ready to run.
 *
 * @param stopOnFailure skip the remaining cases after the first failure
 * @param parallel      run the cases concurrently
 */
public record PlannedSuite(String name, String file, List<PlannedCase> cases, boolean stopOnFailure,
                           boolean parallel) {}

package dev.sfntest.cli.junit;

import java.util.List;

/**
 * What a passing case did, for reports.
 *
 * @param path     the top-level states entered
 * @param warnings e.g. tasks that ran without a mock
 */
public record CaseOutcome(List<String> path, List<String> warnings) {}

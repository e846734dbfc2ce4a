package dev.sfntest.cli.init;

import java.util.Optional;

/**
 * A state machine {@code sfn-test init} found, as it goes into the config.
 *
 * @param name     the config name (unique in the project)
 * @param type     {@code asl} or {@code cdk}
 * @param path     the source file, relative to the project root, starting with {@code ./}
 * @param logicalId for {@code cdk}: the resource's logical id in the template
 */
public record DetectedStateMachine(String name, String type, String path, Optional<String> logicalId) {}

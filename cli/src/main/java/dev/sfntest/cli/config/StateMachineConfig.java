package dev.sfntest.cli.config;

import dev.sfntest.cli.yaml.Location;

/** One entry of {@code stateMachines:} in the config file, or a state machine named by a path. */
public record StateMachineConfig(String name, StateMachineSource source, Location location) {}

package dev.sfntest.cli.yaml;

/** A value read from a user's file together with where it was written, for later error messages. */
public record Located<T>(T value, Location location) {}

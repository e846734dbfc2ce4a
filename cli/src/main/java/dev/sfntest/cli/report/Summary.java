package dev.sfntest.cli.report;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of one run, shared by the reporters and the exit code. */
public final class Summary {
    public final AtomicInteger passed = new AtomicInteger();
    public final AtomicInteger failed = new AtomicInteger();
    public final AtomicInteger skipped = new AtomicInteger();
}

package dev.sfntest.engine.time;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Simulated time of one execution. Waits, retry back-off and task durations move it forward; nothing sleeps.
 * Not thread-safe: each execution (and each concurrently simulated branch) has its own clock.
 */
public final class VirtualClock implements LongSupplier {
    private long nowMillis;

    public VirtualClock(Instant start) {
        this.nowMillis = start.toEpochMilli();
    }

    private VirtualClock(long nowMillis) {
        this.nowMillis = nowMillis;
    }

    public long millis() { return nowMillis; }

    /** The same as {@link #millis()}: expressions read the clock as a plain {@code LongSupplier}. */
    @Override
    public long getAsLong() { return nowMillis; }

    public Instant now() { return Instant.ofEpochMilli(nowMillis); }

    public void advance(long millis) {
        if (millis > 0) nowMillis += millis;
    }

    /** Moves to {@code instantMillis} if it is later; a past instant leaves the clock where it is. */
    public void advanceTo(long instantMillis) {
        if (instantMillis > nowMillis) nowMillis = instantMillis;
    }

    /** A clock for a branch or iteration that starts now and runs on its own timeline. */
    public VirtualClock fork() {
        return new VirtualClock(nowMillis);
    }
}

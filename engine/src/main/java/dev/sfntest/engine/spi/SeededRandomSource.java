package dev.sfntest.engine.spi;

import java.util.SplittableRandom;
import java.util.UUID;

/** A deterministic {@link RandomSource}: the same seed gives the same sequence of values. */
final class SeededRandomSource implements RandomSource {
    private final SplittableRandom random;

    SeededRandomSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized UUID uuid() {
        long msb = random.nextLong();
        long lsb = random.nextLong();
        // Shape it as a version-4 (random) UUID, like the ones AWS returns.
        msb = (msb & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lsb = (lsb & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    @Override
    public synchronized double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}

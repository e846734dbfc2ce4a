package dev.sfntest.engine.spi;

import java.util.UUID;

/**
 * Where UUIDs and random numbers come from (States.UUID, States.MathRandom, $uuid(), $random(), retry jitter,
 * error-mock probabilities). Always seeded in tests so that every run gives the same values.
 */
public interface RandomSource {
    UUID uuid();

    /** A double in [0, 1). */
    double nextDouble();

    /** An int in [0, bound). */
    int nextInt(int bound);

    static RandomSource seeded(long seed) {
        return new SeededRandomSource(seed);
    }
}

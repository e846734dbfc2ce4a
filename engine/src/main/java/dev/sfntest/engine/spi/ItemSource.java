package dev.sfntest.engine.spi;

import java.util.Optional;

/**
 * Supplies the S3 objects a Distributed Map's ItemReader reads: a test's itemReader mock, a local folder that
 * stands in for S3, or anything else. Sources are tried in order; the first that answers wins.
 */
@FunctionalInterface
public interface ItemSource {
    /** The data for this read, or empty when this source has nothing for it. */
    Optional<ItemData> open(ItemRequest request);
}

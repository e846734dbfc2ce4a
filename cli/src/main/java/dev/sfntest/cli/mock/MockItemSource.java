package dev.sfntest.cli.mock;

import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import dev.sfntest.engine.spi.ItemSource;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Serves {@code itemReader} mocks to a Distributed Map's ItemReader: inline {@code data} as items, a
 * {@code dataFile} as a lazily opened byte stream (never read whole here) with its format. Answers nothing for a
 * Map state without an itemReader mock, so the next source is tried.
 */
public final class MockItemSource implements ItemSource {
    private final MockSet mocks;

    public MockItemSource(MockSet mocks) {
        this.mocks = mocks;
    }

    /**
     * The reference tool's default for a Map with an ItemReader and no data: no items. Put it last in the list
     * of sources.
     */
    public static ItemSource emptyFallback() {
        return request -> Optional.of(new ItemData.Items(List.of()));
    }

    @Override
    public Optional<ItemData> open(ItemRequest request) {
        return mocks.forState(request.stateName())
                .filter(MockSpec.ItemReader.class::isInstance)
                .map(MockSpec.ItemReader.class::cast)
                .flatMap(MockItemSource::data);
    }

    private static Optional<ItemData> data(MockSpec.ItemReader mock) {
        if (mock.data().isPresent()) {
            return Optional.of(new ItemData.Items(mock.data().get()));
        }
        return mock.dataFile().map(file -> new ItemData.Bytes(file.format().id(), file.path().toString(),
                () -> Files.newInputStream(file.path())));
    }
}

package dev.sfntest.cli.mock;

import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import dev.sfntest.engine.spi.ItemSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
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
                () -> open(file)));
    }

    private static InputStream open(MockSpec.DataFile file) throws IOException {
        for (Path candidate : file.searched()) {
            if (Files.isRegularFile(candidate)) {
                return Files.newInputStream(candidate);
            }
        }
        throw new NoSuchFileException(file.written(), null, file.location().render() + ": item data file '"
                + file.written() + "' not found; looked for " + file.searched().stream().map(Path::toString)
                .collect(Collectors.joining(", ")));
    }
}

package dev.sfntest.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.mock.ChoiceOverrides;
import dev.sfntest.cli.mock.MockItemSource;
import dev.sfntest.cli.mock.MockSet;
import dev.sfntest.cli.mock.MockTaskInvoker;
import dev.sfntest.engine.ExecutionContextSettings;
import dev.sfntest.engine.ExecutionRequest;
import dev.sfntest.engine.map.LocalS3ItemSource;
import dev.sfntest.engine.spi.ItemSource;
import dev.sfntest.engine.spi.RandomSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One execution wired to a set of mocks: the task invoker, Choice overrides, where ItemReaders read, where
 * ResultWriters write. Test cases and {@code --input} runs build their requests here, so both behave alike.
 */
final class MockedExecution {
    final MockTaskInvoker invoker;
    final ExecutionRequest request;
    /** Filled while the execution runs (ItemReaders that found no data); read after it. */
    final List<String> warnings = new ArrayList<>();

    MockedExecution(MockSet mocks, ProjectConfig config, JsonNode input, ExecutionContextSettings context,
                    long seed, boolean strict) {
        this.invoker = new MockTaskInvoker(mocks, RandomSource.seeded(seed), strict);
        ChoiceOverrides choices = new ChoiceOverrides(mocks);
        this.request = ExecutionRequest.of(input)
                .withContext(context)
                .withTaskInvoker(invoker)
                .withItemSources(itemSources(mocks, config, strict))
                .withChoiceOverride((name, path) -> choices.nextFor(name))
                .withResultWriterRoot(config.root().resolve(".sfn-test").resolve("results"))
                .withSeed(seed);
    }

    /**
     * Where ItemReaders read: the itemReader mock, then the local S3 folder, then (for compatibility with the
     * TypeScript tool) no items with a warning — or, when strict, nothing, so the read fails naming bucket and key.
     */
    private List<ItemSource> itemSources(MockSet mocks, ProjectConfig config, boolean strict) {
        List<ItemSource> sources = new ArrayList<>();
        sources.add(new MockItemSource(mocks));
        Path localS3 = config.paths().testData().resolve("s3");
        // No check that the folder exists: the source has nothing for a bucket folder that is missing, and a
        // check here would cost a file-system call per test case.
        sources.add(new LocalS3ItemSource(localS3));
        if (!strict) {
            ItemSource empty = MockItemSource.emptyFallback();
            sources.add(request -> {
                warnings.add("the ItemReader of '" + request.stateName() + "' found no data for s3://"
                        + request.arguments().path("Bucket").asText("?") + "/"
                        + request.arguments().path("Key").asText(request.arguments().path("Prefix").asText(""))
                        + " (no itemReader mock, nothing under " + localS3 + "); it read no items");
                return empty.open(request);
            });
        }
        return sources;
    }
}

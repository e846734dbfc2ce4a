package dev.sfntest.cli.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.yaml.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of {@code mocks:} (or of a test case's {@code mockOverrides:}): how the state named {@code state}
 * behaves. Response files are already read; item data files are only located (they are streamed when used).
 */
public sealed interface MockSpec {
    /** The state's own name (states inside Map/Parallel too). */
    String state();

    /** {@code delay} in milliseconds; it advances the virtual clock, nothing sleeps. */
    long delayMillis();

    /** Where the entry starts, for messages. */
    Location location();

    /** {@code type: fixed}: always the same response. */
    record Fixed(String state, JsonNode response, long delayMillis, Location location) implements MockSpec {}

    /** {@code type: conditional}: the first condition whose {@code when.input} matches. */
    record Conditional(String state, List<Condition> conditions, long delayMillis, Location location)
            implements MockSpec {
        public Conditional {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * One item of {@code conditions:}.
     *
     * @param whenInput the partial input to match; empty for the {@code default:} item
     * @param delayMillis this condition's own delay, overriding the mock's
     */
    record Condition(Optional<JsonNode> whenInput, MockOutcome outcome, OptionalLong delayMillis) {}

    /** {@code type: stateful}: the n-th call gets the n-th entry, wrapping around. */
    record Stateful(String state, List<MockOutcome> responses, long delayMillis, Location location)
            implements MockSpec {
        public Stateful {
            responses = List.copyOf(responses);
        }
    }

    /** {@code type: error}: fails, or with a {@code probability} fails only that seeded fraction of calls. */
    record Error(String state, MockError error, Optional<Double> probability, long delayMillis, Location location)
            implements MockSpec {}

    /** {@code type: itemReader}: the items a Distributed Map's ItemReader reads. */
    record ItemReader(String state, Optional<List<JsonNode>> data, Optional<DataFile> dataFile, long delayMillis,
                      Location location) implements MockSpec {}

    /**
     * An item data file and the format to parse it with.
     *
     * @param path      the first of {@code searched} that existed at load time, else the first of them
     * @param searched  every place the name may refer to, for the "not found" message
     */
    record DataFile(String written, Path path, List<Path> searched, DataFormat format, Location location) {
        public DataFile {
            searched = List.copyOf(searched);
        }
    }
}

package dev.sfntest.cli.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents, read both ways: the fast path reads every document inside its subset exactly as
 * SnakeYAML does, and on odd or broken documents it either agrees with SnakeYAML or leaves them to it — in
 * particular it gives up on everything SnakeYAML reports (invalid YAML, duplicate keys).
 */
class YamlSubsetParserFuzzTest {
    private static final Path FILE = Path.of("fuzz.yaml");
    private static final List<String> INSERTS = List.of(" ", " ", "\n", ":", "-", "#", "'", "\"", "{", "}", "[",
            "]", ",", "\t", "&", "*", "!", "|", ">", "?", "a", "1", "\\", "\r", "%", "@", "`", ".", "~", "é");

    @Test
    void readsEveryGeneratedDocumentInsideTheSubsetExactlyAsSnakeYamlDoes() {
        Random random = new Random(1);
        YamlDocumentGenerator generator = new YamlDocumentGenerator(random, false);
        for (int i = 0; i < 3000; i++) {
            String text = generator.document();
            assertThat(BothReaders.readTheSame(FILE, text)).as("fast path reads:\n%s", text).isTrue();
        }
    }

    @Test
    void readsGeneratedDocumentsWithOddPartsAsSnakeYamlDoesOrLeavesThemToIt() {
        Random random = new Random(2);
        YamlDocumentGenerator generator = new YamlDocumentGenerator(random, true);
        int read = 0;
        int total = 3000;
        for (int i = 0; i < total; i++) {
            if (BothReaders.readTheSame(FILE, generator.document())) {
                read++;
            }
        }
        // Neither vacuous (all left to SnakeYAML) nor blind to the odd parts.
        assertThat(read).isBetween(total / 10, total - total / 10);
    }

    @Test
    void readsSingleCharacterMutationsAsSnakeYamlDoesOrLeavesThemToIt() {
        Random random = new Random(3);
        YamlDocumentGenerator generator = new YamlDocumentGenerator(random, false);
        int read = 0;
        int total = 6000;
        for (int i = 0; i < total; i++) {
            String text = generator.document();
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                text = mutate(text, random);
            }
            if (BothReaders.readTheSame(FILE, text)) {
                read++;
            }
        }
        assertThat(read).isBetween(total / 10, total - total / 20);
    }

    /** Deletes, inserts or replaces one character. */
    private static String mutate(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        String insert = INSERTS.get(random.nextInt(INSERTS.size()));
        return switch (random.nextInt(3)) {
            case 0 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            case 1 -> text.substring(0, at) + insert + text.substring(at);
            default -> at < text.length() ? text.substring(0, at) + insert + text.substring(at + 1) : text + insert;
        };
    }
}

package dev.sfntest.cli.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void replacesKnownNamesKeepsUnknownOnesAndUnescapesLiterals() {
        assertThat(Placeholders.replace("${a}-${ b }-${c}-${!a}-${open", Map.of("a", "1", "b", "2")::get))
                .isEqualTo("1-2-${c}-${a}-${open");
    }
}

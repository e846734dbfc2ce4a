package dev.sfntest.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads conformance/known-divergences.txt: {@code <area>/<case>  # why}, one a line; # starts a comment line. */
final class KnownDivergences {
    private KnownDivergences() {}

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        if (!Files.exists(file)) return known;
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            int hash = t.indexOf('#');
            String id = (hash < 0 ? t : t.substring(0, hash)).strip();
            known.put(id, hash < 0 ? "no reason given" : t.substring(hash + 1).strip());
        }
        return known;
    }
}

package dev.sfntest.cli.suite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an expected path compares: {@code exact}, {@code includes} (the sequence appears consecutively), or
 * {@code sequence}, which the reference tool's schema also accepts.
 */
public enum PathMatching {
    EXACT, INCLUDES, SEQUENCE;

    static final Map<String, PathMatching> NAMES;

    static {
        NAMES = new LinkedHashMap<>();
        NAMES.put("exact", EXACT);
        NAMES.put("includes", INCLUDES);
        NAMES.put("sequence", SEQUENCE);
    }
}

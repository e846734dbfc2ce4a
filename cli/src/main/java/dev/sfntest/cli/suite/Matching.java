package dev.sfntest.cli.suite;

import java.util.LinkedHashMap;
import java.util.Map;

/** How an output or state expectation compares: {@code exact} equality or {@code partial} (named fields only). */
public enum Matching {
    EXACT, PARTIAL;

    static final Map<String, Matching> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("exact", EXACT);
        NAMES.put("partial", PARTIAL);
    }
}

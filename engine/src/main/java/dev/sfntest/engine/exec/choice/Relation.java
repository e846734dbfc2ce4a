package dev.sfntest.engine.exec.choice;

/** The relation a comparison operator asserts, by the suffix of its name ({@code NumericLessThanEquals} → LESS_THAN_EQUALS). */
enum Relation {
    EQUALS("Equals"),
    LESS_THAN("LessThan"),
    GREATER_THAN("GreaterThan"),
    LESS_THAN_EQUALS("LessThanEquals"),
    GREATER_THAN_EQUALS("GreaterThanEquals");

    final String suffix;

    Relation(String suffix) {
        this.suffix = suffix;
    }

    /** Whether a {@code compareTo}-style result satisfies this relation. */
    boolean holds(int comparison) {
        return switch (this) {
            case EQUALS -> comparison == 0;
            case LESS_THAN -> comparison < 0;
            case GREATER_THAN -> comparison > 0;
            case LESS_THAN_EQUALS -> comparison <= 0;
            case GREATER_THAN_EQUALS -> comparison >= 0;
        };
    }
}

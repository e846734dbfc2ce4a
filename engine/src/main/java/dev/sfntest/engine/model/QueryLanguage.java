package dev.sfntest.engine.model;

/** The query language a state evaluates its fields with. */
public enum QueryLanguage {
    JSONPATH("JSONPath"), JSONATA("JSONata");

    private final String awsName;

    QueryLanguage(String awsName) { this.awsName = awsName; }

    public String awsName() { return awsName; }

    /** The language named in a definition, or null when the name is not one of AWS's. */
    public static QueryLanguage fromAwsName(String name) {
        for (QueryLanguage q : values()) if (q.awsName.equals(name)) return q;
        return null;
    }
}

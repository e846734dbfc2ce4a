package dev.sfntest.engine.expr.jsonpath;

/** One step of a simple path: an object field ({@code .a}, {@code ['a b']}) or an array index ({@code [0]}). */
public sealed interface PathSegment {

    /** An object field, read with {@code .name} or {@code ['name']}. */
    record Field(String name) implements PathSegment {}

    /** An array element; a negative index counts from the end, as in Jayway ({@code [-1]} is the last). */
    record Index(int index) implements PathSegment {}
}

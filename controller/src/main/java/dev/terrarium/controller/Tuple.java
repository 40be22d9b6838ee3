package dev.terrarium.controller;

import java.util.List;

/** A Python tuple on the Java side of a host call: an immutable list of values. */
public record Tuple(List<Object> items) {

    public Tuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    public static Tuple of(Object... items) {
        return new Tuple(java.util.Arrays.asList(items));
    }
}

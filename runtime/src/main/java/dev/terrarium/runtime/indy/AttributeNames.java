package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyStr;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link PyStr} per attribute or global name used by call sites, so that the keys the
 * sites store in instance and module dicts are the very objects they later look up:
 * hash tables then match by identity, without comparing characters (compare CPython's
 * interned identifiers).
 */
final class AttributeNames {
    private AttributeNames() {}

    private static final Map<String, PyStr> INTERNED = new HashMap<>();

    static PyStr intern(String name) {
        return INTERNED.computeIfAbsent(name, PyStr::of);
    }
}

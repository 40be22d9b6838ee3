package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.InternedNames;
import dev.terrarium.runtime.PyStr;

/**
 * One {@link PyStr} per attribute or global name used by call sites, so that the keys the
 * sites store in instance and module dicts are the very objects they later look up:
 * hash tables then match by identity, without comparing characters (compare CPython's
 * interned identifiers). The table is the runtime's {@link InternedNames}, which the
 * generic attribute paths use too.
 */
final class AttributeNames {
    private AttributeNames() {}

    static PyStr intern(String name) {
        return InternedNames.of(name);
    }
}

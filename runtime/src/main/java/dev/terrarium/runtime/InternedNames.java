package dev.terrarium.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@link PyStr} per attribute name, as CPython interns the names it stores in instance
 * dicts ({@code PyObject_SetAttr} interns its name). Dicts then hold the very key objects the
 * attribute sites look up, so a site's remembered entry matches by identity, and a name's
 * hash is computed once rather than at every generic lookup.
 *
 * <p>Guest code can make names up ({@code setattr(o, str(i), v)} in a loop), so the table
 * stops growing at {@link #LIMIT} names; later names are simply not interned, which costs
 * speed, never correctness.
 */
public final class InternedNames {
    private InternedNames() {}

    static final int LIMIT = 1 << 16;

    private static final Map<String, PyStr> NAMES = new HashMap<>();

    /** The interned {@link PyStr} of {@code name}. */
    public static PyStr of(String name) {
        PyStr s = NAMES.get(name);
        if (s == null) {
            s = PyStr.of(name);
            if (NAMES.size() < LIMIT) {
                NAMES.put(name, s);
            }
        }
        return s;
    }
}

package dev.terrarium.runtime;

import java.util.IdentityHashMap;

/**
 * Containers being repr'd right now, so a container that contains itself prints as
 * {@code [...]} (compare CPython {@code Py_ReprEnter}). The child is single-threaded.
 */
final class ReprGuard {
    private ReprGuard() {}

    private static final IdentityHashMap<PyObject, Boolean> ACTIVE = new IdentityHashMap<>();

    /** False if {@code o} is already being repr'd (the caller prints its placeholder). */
    static boolean enter(PyObject o) {
        return ACTIVE.put(o, Boolean.TRUE) == null;
    }

    static void exit(PyObject o) {
        ACTIVE.remove(o);
    }
}

package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A global name read in a function (module globals, then builtins) with a cache: the value
 * last found stays valid while neither the module's dict nor the builtins changed at all
 * (compare CPython 3.11's LOAD_GLOBAL specialisation on dict key versions). Code that keeps
 * rebinding globals (a loop at module level) simply looks up every time, as before.
 */
public final class GlobalSite {
    private final PyStr key;
    private PyDict globals;
    private long globalsMutations;
    private long builtinsMutations;
    private PyObject value;

    private GlobalSite(String name) {
        this.key = AttributeNames.intern(name);
    }

    /** Bootstrap of {@code invokedynamic loadGlobal (PyDict) PyObject}, the name as static argument. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String opName, MethodType type, String name)
            throws ReflectiveOperationException {
        return BoundSites.of(new GlobalSite(name), "load", MethodType.methodType(PyObject.class, PyDict.class), type);
    }

    public PyObject load(PyDict g) {
        if (g == globals && g.mutations() == globalsMutations && Builtins.DICT.mutations() == builtinsMutations) {
            return value;
        }
        PyObject v = Ops.loadGlobal(g, key);
        globals = g;
        globalsMutations = g.mutations();
        builtinsMutations = Builtins.DICT.mutations();
        value = v;
        return v;
    }
}

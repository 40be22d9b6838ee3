package dev.terrarium.interpreter.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each name of one code block lives: a function's locals get JVM local slots;
 * everything else (module-level names, names declared global, names only read in a
 * function) is looked up in the module's globals and then builtins.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION }

    final Kind kind;
    /** Local name to JVM slot, in first-binding order (parameters first). */
    final Map<String, Integer> locals = new LinkedHashMap<>();
    final Set<String> declaredGlobal;

    Scope(Kind kind, Set<String> declaredGlobal) {
        this.kind = kind;
        this.declaredGlobal = declaredGlobal;
    }

    boolean isLocal(String name) {
        return locals.containsKey(name);
    }

    int slot(String name) {
        return locals.get(name);
    }
}

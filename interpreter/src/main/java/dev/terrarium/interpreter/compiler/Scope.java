package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one code block (the module, a function, a lambda) and where each lives
 * (compare CPython's {@code symtable}): built by {@link SymbolTable} before any code is
 * generated.
 *
 * <ul>
 *   <li>{@link Binding#LOCAL}: a JVM local slot holding the value (null: unbound);</li>
 *   <li>{@link Binding#CELL}: a local captured by a nested function: the slot holds a
 *       {@code PyCell} shared with it;</li>
 *   <li>{@link Binding#FREE}: a variable of an enclosing function: the slot holds the
 *       cell received in the function's closure;</li>
 *   <li>{@link Binding#GLOBAL}: the module's globals, then builtins.</li>
 * </ul>
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    enum Binding { LOCAL, CELL, FREE, GLOBAL, CLASS_NAMESPACE }

    final Kind kind;
    final Node node;
    final Scope parent;
    final List<String> params = new ArrayList<>();
    /** Names the block binds (assignment targets, def, for, import, except ... as), in order. */
    final Set<String> bound = new LinkedHashSet<>();
    /** Names the block reads. */
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    /** Where each nonlocal name was declared, for error messages. */
    final Map<String, Node> nonlocalStatements = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();

    /** Locals captured by nested functions. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Variables of enclosing functions, in closure order. */
    final List<String> frees = new ArrayList<>();
    /** Slot of every LOCAL, CELL and FREE name of a function. */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    /** JVM slot of the closure array, or -1 when the function has no free variables. */
    int closureSlot = -1;
    /** JVM slot of a class body's namespace dict. */
    int namespaceSlot = -1;
    /** A function whose body contains yield: compiled as a resumable generator body. */
    boolean isGenerator;
    /** An async def (also a generator: its awaits suspend it); a coroutine unless it yields. */
    boolean isAsync;
    /** An async def whose body yields: an asynchronous generator. */
    boolean isAsyncGenerator;

    /** The type descriptor of a named slot (locals, cells, the closure, the namespace). */
    String slotType(int slot) {
        if (slot == closureSlot) {
            return "[Ldev/terrarium/runtime/PyCell;";
        }
        if (slot == namespaceSlot) {
            return "Ldev/terrarium/runtime/PyDict;";
        }
        for (Map.Entry<String, Integer> e : slots.entrySet()) {
            if (e.getValue() == slot) {
                return cells.contains(e.getKey()) || frees.contains(e.getKey())
                        ? "Ldev/terrarium/runtime/PyCell;" : "Ldev/terrarium/runtime/PyObject;";
            }
        }
        return "Ldev/terrarium/runtime/PyObject;";
    }
    /** First JVM slot free for temporaries. */
    int firstTemp;

    Scope(Kind kind, Node node, Scope parent) {
        this.kind = kind;
        this.node = node;
        this.parent = parent;
    }

    Binding binding(String name) {
        if (kind == Kind.MODULE || declaredGlobal.contains(name)) {
            return Binding.GLOBAL;
        }
        if (kind == Kind.CLASS) {
            // A class body's names live in its namespace dict (read: namespace, globals, builtins),
            // except variables of enclosing functions it does not bind itself.
            if (frees.contains(name) && !bound.contains(name)) {
                return Binding.FREE;
            }
            return Binding.CLASS_NAMESPACE;
        }
        if (cells.contains(name)) {
            return Binding.CELL;
        }
        if (frees.contains(name)) {
            return Binding.FREE;
        }
        if (bound.contains(name) || params.contains(name)) {
            return Binding.LOCAL;
        }
        return Binding.GLOBAL;
    }

    int slot(String name) {
        return slots.get(name);
    }

    /** Whether {@code name} is bound in this function (a local or a cell of its own). */
    boolean bindsLocally(String name) {
        return kind == Kind.FUNCTION && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
                && (bound.contains(name) || params.contains(name));
    }

    /** Local variable names in CPython's co_varnames order: parameters, then other locals. */
    List<String> varnames() {
        List<String> names = new ArrayList<>(params);
        for (String n : bound) {
            if (!names.contains(n) && !declaredGlobal.contains(n) && !declaredNonlocal.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }
}

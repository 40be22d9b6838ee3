package dev.terrarium.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A code object ({@code code}). Two kinds: what {@code compile()} makes (source compiled for the
 * modes {@code exec}, {@code eval} or {@code single}, which {@code exec()} and {@code eval()} hand
 * back to the interpreter to run, see {@link DynamicCode}), and the description of a function's
 * body that {@code f.__code__} and {@code gi_code} show. The compiler emits the latter as a
 * dynamic constant ({@link #constant}), built once per {@code def} on first use, so calls and
 * definitions pay nothing for it.
 *
 * <p>The attributes are CPython 3.11's: names, argument counts, variable names, cell and free
 * variables, flags with CPython's bits. There is no CPython bytecode: {@code co_code},
 * {@code co_linetable} and the other byte strings are empty, {@code co_stacksize} is 0, and
 * {@code co_consts} holds only the docstring (or None), see docs/DIFFERENCES.md.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null);

    /** CPython's {@code CO_*} flag bits (Include/cpython/code.h). */
    public static final int OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8, NESTED = 0x10,
            GENERATOR = 0x20, COROUTINE = 0x80, ITERABLE_COROUTINE = 0x100, ASYNC_GENERATOR = 0x200,
            FUTURE_ANNOTATIONS = 0x1000000;

    private static final String[] NONE = new String[0];

    private final String filename;
    private final String mode;
    private final Object compiled;
    private final String name;
    private final String qualname;
    private final int firstlineno;
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int flags;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final String[] names;
    private final PyObject[] consts;

    /** Code made by {@code compile()}. */
    public PyCode(String filename, String mode, Object compiled) {
        this(filename, mode, compiled, "<module>", "<module>", 1, 0, 0, 0, 0, NONE, NONE, NONE, NONE,
                new PyObject[] {PyNone.INSTANCE});
    }

    private PyCode(String filename, String mode, Object compiled, String name, String qualname, int firstlineno,
            int argcount, int posonlyargcount, int kwonlyargcount, int flags, String[] varnames, String[] cellvars,
            String[] freevars, String[] names, PyObject[] consts) {
        this.filename = filename;
        this.mode = mode;
        this.compiled = compiled;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
    }

    /**
     * Bootstrap of the dynamic constant the compiler emits for a function's code. {@code packed}
     * holds, one per line: name, qualname, first line, argcount, posonlyargcount,
     * kwonlyargcount, flags, whether there is a docstring (1/0), varnames, cellvars, freevars,
     * names (each list space-separated), a generator's yields ({@code line:slot} of the
     * iterator a {@code yield from} delegates to, else -1; state 1 first), a generator's frame
     * slots ({@code name:slot}), and last the file name (which may hold anything).
     */
    public static PyCode constant(MethodHandles.Lookup lookup, String constantName, Object type, String packed,
            String doc) {
        String[] f = packed.split("\n", 15);
        PyCode c = new PyCode(f[14], null, null, f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), words(f[8]), words(f[9]),
                words(f[10]), words(f[11]), new PyObject[] {f[7].equals("1") ? PyStr.of(doc) : PyNone.INSTANCE});
        String[] sites = words(f[12]);
        c.yieldLines = new int[sites.length];
        c.delegateSlots = new int[sites.length];
        for (int i = 0; i < sites.length; i++) {
            int colon = sites[i].indexOf(':');
            c.yieldLines[i] = Integer.parseInt(sites[i].substring(0, colon));
            c.delegateSlots[i] = Integer.parseInt(sites[i].substring(colon + 1));
        }
        String[] slots = words(f[13]);
        c.slotNames = new String[slots.length];
        c.slotNumbers = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            int colon = slots[i].lastIndexOf(':');
            c.slotNames[i] = slots[i].substring(0, colon);
            c.slotNumbers[i] = Integer.parseInt(slots[i].substring(colon + 1));
        }
        c.globalsGetter = globalsGetter(lookup);
        return c;
    }

    /** A generator's yields by state - 1: their lines and the slots of the iterators they delegate to (-1: none). */
    private int[] yieldLines = new int[0];
    private int[] delegateSlots = new int[0];
    /** A generator's named frame slots: the locals, cells and free variables. */
    private String[] slotNames = NONE;
    private int[] slotNumbers = new int[0];

    /**
     * Reads the {@code globals} field of the compiled module class that defines this code (the
     * dict its functions' bodies read their globals from), or null when that class has none.
     * Resolved once with the constant, so making generators and calls pay nothing for it.
     */
    private MethodHandle globalsGetter;

    private static MethodHandle globalsGetter(MethodHandles.Lookup lookup) {
        try {
            return lookup.findStaticGetter(lookup.lookupClass(), "globals", PyDict.class);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }

    /** The globals of the module this function's code was compiled in ({@code frame.f_globals}), or null if unknown. */
    PyDict globals() {
        if (globalsGetter == null) {
            return null;
        }
        try {
            return (PyDict) globalsGetter.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    int firstLine() {
        return firstlineno;
    }

    /** The line of yield number {@code state} (1 first); the first line when unknown. */
    int yieldLine(int state) {
        return state >= 1 && state <= yieldLines.length ? yieldLines[state - 1] : firstlineno;
    }

    /** The frame slot of the iterator the yield number {@code state} delegates to, or -1. */
    int delegateSlot(int state) {
        return state >= 1 && state <= delegateSlots.length ? delegateSlots[state - 1] : -1;
    }

    /** The bound variables of a suspended generator's frame, cells read through (a frame's {@code f_locals}). */
    PyDict frameLocals(Object[] frame) {
        PyDict d = new PyDict();
        for (int i = 0; i < slotNames.length; i++) {
            int slot = slotNumbers[i];
            Object v = slot < frame.length ? frame[slot] : null;
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v instanceof PyObject o) {
                d.put(PyStr.of(slotNames[i]), o);
            }
        }
        return d;
    }

    private static String[] words(String s) {
        return s.isEmpty() ? NONE : s.split(" ");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String filename() {
        return filename;
    }

    /** {@code exec}, {@code eval} or {@code single}; null for a function's code. */
    public String mode() {
        return mode;
    }

    /** The interpreter's compiled form of the source; null for a function's code. */
    public Object compiled() {
        return compiled;
    }

    public String name() {
        return name;
    }

    public int flags() {
        return flags;
    }

    @Override
    public String repr() {
        return "<code object " + name + " at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this) * 16L)
                + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    private static PyTuple strings(String[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(values[i]);
        }
        return PyTuple.of(items);
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "co_filename": return PyStr.of(filename);
            case "co_name": return PyStr.of(name);
            case "co_qualname": return PyStr.of(qualname);
            case "co_firstlineno": return PyInt.of(firstlineno);
            case "co_argcount": return PyInt.of(argcount);
            case "co_posonlyargcount": return PyInt.of(posonlyargcount);
            case "co_kwonlyargcount": return PyInt.of(kwonlyargcount);
            case "co_nlocals": return PyInt.of(varnames.length);
            case "co_flags": return PyInt.of(flags);
            case "co_varnames": return strings(varnames);
            case "co_cellvars": return strings(cellvars);
            case "co_freevars": return strings(freevars);
            case "co_names": return strings(names);
            case "co_consts": return PyTuple.of(consts);
            case "co_stacksize": return PyInt.of(0);
            case "co_code": case "_co_code_adaptive": case "co_lnotab": case "co_linetable": case "co_exceptiontable":
                return new PyBytes(new byte[0]);
            default: return super.getAttr(attr);
        }
    }

    /** {@code code.replace(**changes)}: a copy with the given {@code co_*} fields changed. */
    private PyCode replace(PyObject[] args, String[] kwnames) {
        ArgParser.arity("replace", args, kwnames == null ? 0 : kwnames.length, kwnames == null ? 0 : kwnames.length);
        String nm = name, qn = qualname, fn = filename;
        int first = firstlineno, ac = argcount, po = posonlyargcount, ko = kwonlyargcount, fl = flags;
        String[] vn = varnames, cv = cellvars, fv = freevars, ns = names;
        PyObject[] cs = consts;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            PyObject v = args[args.length - kwnames.length + i];
            switch (kwnames[i]) {
                case "co_name": nm = str(kwnames[i], v); break;
                case "co_qualname": qn = str(kwnames[i], v); break;
                case "co_filename": fn = str(kwnames[i], v); break;
                case "co_firstlineno": first = integer(kwnames[i], v); break;
                case "co_argcount": ac = integer(kwnames[i], v); break;
                case "co_posonlyargcount": po = integer(kwnames[i], v); break;
                case "co_kwonlyargcount": ko = integer(kwnames[i], v); break;
                case "co_flags": fl = integer(kwnames[i], v); break;
                case "co_varnames": vn = strTuple(kwnames[i], v); break;
                case "co_cellvars": cv = strTuple(kwnames[i], v); break;
                case "co_freevars": fv = strTuple(kwnames[i], v); break;
                case "co_names": ns = strTuple(kwnames[i], v); break;
                case "co_consts":
                    if (!(v instanceof PyTuple t)) {
                        throw PyErrors.typeError("replace() argument 'co_consts' must be tuple, not %s", v.type().name());
                    }
                    cs = Ops.toArray(t);
                    break;
                case "co_nlocals": case "co_stacksize": case "co_code": case "co_linetable": case "co_exceptiontable":
                    break; // accepted; nothing here depends on them
                default:
                    throw PyErrors.typeError("'%s' is an invalid keyword argument for replace()", kwnames[i]);
            }
        }
        return new PyCode(fn, mode, compiled, nm, qn, first, ac, po, ko, fl, vn, cv, fv, ns, cs);
    }

    private static String str(String arg, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErrors.typeError("replace() argument '%s' must be str, not %s", arg, v.type().name());
        }
        return s.value();
    }

    private static int integer(String arg, PyObject v) {
        if (!(v instanceof PyInt i) || v instanceof PyBool) {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        return (int) i.asLong();
    }

    private static String[] strTuple(String arg, PyObject v) {
        if (!(v instanceof PyTuple t)) {
            throw PyErrors.typeError("replace() argument '%s' must be tuple, not %s", arg, v.type().name());
        }
        PyObject[] items = Ops.toArray(t);
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = str(arg, items[i]);
        }
        return out;
    }

    /** The names of CPython's code type; run by BuiltinNames. */
    static void install() {
        for (String n : new String[] {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
            "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
            "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_lnotab",
            "co_exceptiontable", "co_stacksize", "_co_code_adaptive"}) {
            BuiltinNames.getset(TYPE, n, c -> c.getAttr(n));
        }
        BuiltinNames.method(TYPE, "replace", (s, a, k) -> ((PyCode) s).replace(a, k));
        // No bytecode: no instruction has a line or a position to report.
        BuiltinNames.noArgs(TYPE, "co_lines", s -> Ops.iter(PyTuple.EMPTY));
        BuiltinNames.noArgs(TYPE, "co_positions", s -> Ops.iter(PyTuple.EMPTY));
        BuiltinNames.method(TYPE, "_varname_from_oparg", (s, a, k) -> {
            ArgParser.noKeywords("_varname_from_oparg", k);
            ArgParser.arity("_varname_from_oparg", a, 1, 1);
            PyCode c = (PyCode) s;
            int i = integer("oparg", a[0]);
            String[] all = new String[c.varnames.length + c.cellvars.length + c.freevars.length];
            System.arraycopy(c.varnames, 0, all, 0, c.varnames.length);
            System.arraycopy(c.cellvars, 0, all, c.varnames.length, c.cellvars.length);
            System.arraycopy(c.freevars, 0, all, c.varnames.length + c.cellvars.length, c.freevars.length);
            if (i < 0 || i >= all.length) {
                throw PyErrors.indexError("tuple index out of range");
            }
            return PyStr.of(all[i]);
        });
    }
}

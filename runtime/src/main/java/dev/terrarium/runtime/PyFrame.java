package dev.terrarium.runtime;

/**
 * A minimal frame object ({@code frame}): what {@code gi_frame} of a suspended generator shows
 * (compare CPython's frameobject.c). It knows the code, the line the generator is suspended at
 * (the def line before it starts) and the generator's variables; it is made on each access
 * and is not linked to a caller ({@code f_back} is None). Its {@code f_globals} are the globals
 * of the module the code was compiled in (read through the code object, so making a generator
 * costs nothing more). Functions have no frame objects.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, null);

    private final PyGenerator generator;
    private final PyCode code;

    PyFrame(PyGenerator generator, PyCode code) {
        this.generator = generator;
        this.code = code;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<frame at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this) * 16L) + ", file "
                + PyStr.of(code.filename()).repr() + ", line " + generator.currentLine() + ", code " + code.name() + ">";
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "f_code": return code;
            case "f_lineno": return PyInt.of(generator.currentLine());
            case "f_locals": return code.frameLocals(generator.frame);
            case "f_back": case "f_trace": return PyNone.INSTANCE;
            case "f_builtins": return Builtins.DICT;
            case "f_globals": {
                PyDict globals = code.globals();
                return globals != null ? globals : super.getAttr(attr);
            }
            case "f_trace_lines": return PyBool.TRUE;
            case "f_trace_opcodes": return PyBool.FALSE;
            default: return super.getAttr(attr);
        }
    }

    /**
     * {@code frame.clear()} of a generator's frame (CPython 3.11's frame_clear): an executing
     * body cannot be cleared; a finished one drops its variables; otherwise the generator is
     * finalized as by {@code __del__} (closed; a coroutine never started is left as it is).
     */
    void clear() {
        if (generator.running) {
            throw PyErrors.runtimeError("cannot clear an executing frame");
        }
        if (generator.isFinished()) {
            java.util.Arrays.fill(generator.frame, null);
        } else {
            generator.finalizeBody();
        }
    }

    /** The frame's names; run by BuiltinNames. */
    static void install() {
        for (String n : new String[] {"f_code", "f_lineno", "f_locals", "f_back", "f_trace", "f_builtins",
            "f_trace_lines", "f_trace_opcodes", "f_globals"}) {
            BuiltinNames.getset(TYPE, n, f -> f.getAttr(n));
        }
        BuiltinNames.method(TYPE, "clear", (s, a, k) -> {
            ArgParser.noArgs("frame.clear", a, k);
            ((PyFrame) s).clear();
            return PyNone.INSTANCE;
        });
    }
}

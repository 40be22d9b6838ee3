package dev.terrarium.runtime;

/**
 * How the interactive interpreter shows a value: code compiled in {@code 'single'} mode
 * passes the value of each top-level expression statement to {@link #display}, which calls
 * {@code sys.displayhook} (CPython's {@code PRINT_EXPR}); {@link #DEFAULT} is CPython's
 * default hook ({@code sys_displayhook} in {@code Python/sysmodule.c}): nothing for None,
 * else the repr and a newline written to the current {@code sys.stdout}, and the value kept
 * in {@code builtins._}.
 */
public final class DisplayHook {
    private DisplayHook() {}

    /** {@code sys.displayhook} and {@code sys.__displayhook__} as the interpreter starts. */
    public static final PyBuiltinFunction DEFAULT = PyBuiltinFunction.of1("displayhook", DisplayHook::show);

    /** Called by generated code for an expression statement of interactive code. */
    public static void display(PyObject value) {
        PyObject hook = SysModule.module().dict().get(PyStr.of("displayhook"));
        if (hook == null) {
            throw PyErrors.runtimeError("lost sys.displayhook");
        }
        if (hook == DEFAULT) {
            show(value);
        } else {
            Ops.call(hook, new PyObject[] {value}, null);
        }
    }

    private static PyObject show(PyObject value) {
        if (value == PyNone.INSTANCE) {
            return PyNone.INSTANCE;
        }
        PyStr underscore = PyStr.of("_");
        Builtins.DICT.put(underscore, PyNone.INSTANCE);
        PyObject out = SysModule.currentStdout();
        if (out == null || out == PyNone.INSTANCE) {
            throw PyErrors.runtimeError("lost sys.stdout");
        }
        String text = Ops.repr(value);
        if (out instanceof PyTextStream stream && stream.fd == 1) {
            GuestIO.writeStdout(text + "\n");
        } else {
            PyObject write = Ops.loadMethod(out, "write");
            Ops.callMethod(write, out, new PyObject[] {PyStr.of(text)}, null);
            write = Ops.loadMethod(out, "write");
            Ops.callMethod(write, out, new PyObject[] {PyStr.of("\n")}, null);
        }
        Builtins.DICT.put(underscore, value);
        return PyNone.INSTANCE;
    }
}

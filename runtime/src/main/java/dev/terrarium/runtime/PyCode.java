package dev.terrarium.runtime;

/**
 * A code object ({@code code}), made by {@code compile()}: source compiled for one of the
 * modes {@code exec}, {@code eval} or {@code single}. What it holds is the interpreter's
 * business ({@link #compiled}); {@code exec()} and {@code eval()} hand it back to the
 * interpreter to run (see {@link DynamicCode}).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null);

    private final String filename;
    private final String mode;
    private final Object compiled;

    public PyCode(String filename, String mode, Object compiled) {
        this.filename = filename;
        this.mode = mode;
        this.compiled = compiled;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String filename() {
        return filename;
    }

    /** {@code exec}, {@code eval} or {@code single}. */
    public String mode() {
        return mode;
    }

    /** The interpreter's compiled form of the source. */
    public Object compiled() {
        return compiled;
    }

    @Override
    public String repr() {
        return "<code object <module> at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this) * 16L)
                + ", file " + PyStr.of(filename).repr() + ", line 1>";
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "co_filename" -> PyStr.of(filename);
            case "co_name" -> PyStr.of("<module>");
            case "co_firstlineno" -> PyInt.of(1);
            default -> super.getAttr(attr);
        };
    }
}

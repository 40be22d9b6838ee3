package dev.terrarium.runtime;

/**
 * The parameters of a Python function, in CPython's {@code co_varnames} order: the
 * positional ones (the first {@link #posonly} of them positional-only), then the
 * keyword-only ones, then {@code *args} and {@code **kwargs} if present. The function's
 * body takes one JVM argument per name, in this order.
 */
public final class Signature {
    public static final int VARARGS = 1;
    public static final int VARKEYWORDS = 2;

    final String[] names;
    final int posonly;
    final int positional;
    final int kwonly;
    final boolean varargs;
    final boolean varkw;

    private Signature(String[] names, int posonly, int kwonly, int flags) {
        this.names = names;
        this.posonly = posonly;
        this.varargs = (flags & VARARGS) != 0;
        this.varkw = (flags & VARKEYWORDS) != 0;
        this.kwonly = kwonly;
        this.positional = names.length - kwonly - (varargs ? 1 : 0) - (varkw ? 1 : 0);
    }

    /** For generated code: {@code names} in co_varnames order, counts, and VARARGS/VARKEYWORDS flags. */
    public static Signature of(String[] names, int posonly, int kwonly, int flags) {
        return new Signature(names, posonly, kwonly, flags);
    }

    /** Plain positional parameters only, as the fast call paths expect. */
    public static Signature positional(String[] names) {
        return new Signature(names, 0, 0, 0);
    }

    /** Whether every parameter is an ordinary positional one. */
    boolean isSimple() {
        return kwonly == 0 && !varargs && !varkw;
    }

    int size() {
        return names.length;
    }

    int varargsIndex() {
        return positional + kwonly;
    }

    int varkwIndex() {
        return positional + kwonly + (varargs ? 1 : 0);
    }
}

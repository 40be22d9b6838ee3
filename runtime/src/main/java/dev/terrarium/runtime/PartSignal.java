package dev.terrarium.runtime;

/**
 * What one part of a split function returns instead of a Python value when a {@code break}
 * or {@code continue} inside it targets a loop of the code that called the part (or, in a
 * generator, when the generator returns). A function
 * too large for one JVM method is compiled as several part methods sharing a frame array;
 * a part returns null to go on, one of these two signals, or the function's return value.
 * Neither object is ever visible to Python code.
 */
public final class PartSignal extends PyObject {
    public static final PartSignal BREAK = new PartSignal();
    public static final PartSignal CONTINUE = new PartSignal();
    /** A generator's part returned: the generator's return value is already stored. */
    public static final PartSignal FINISHED = new PartSignal();

    private PartSignal() {}

    @Override
    public PyType type() {
        return PyType.OBJECT;
    }
}

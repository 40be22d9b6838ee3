package dev.terrarium.runtime;

/**
 * An instance of a guest class deriving from a built-in type other than {@code object} and
 * the exceptions ({@code class C(dict)}, {@code class S(str)}, ...). Its Java class extends the
 * built-in's (DerivedDict extends PyDict, ...), so it is a real value of the base for all runtime
 * code; it adds the class ({@link DerivedState}: type, {@code __dict__}, {@code __slots__}
 * values) and slots that call the special methods a guest class in its MRO defines.
 */
interface DerivedInstance {
    DerivedState derivedState();

    /**
     * For an immutable base (str, int, tuple...), a fresh value of the exact built-in type equal
     * to this one: built-in methods run on it, so their results are base-type values
     * ({@code MyStr('a').strip()} is a str) and never reach the class's overrides. Null for
     * mutable bases, whose methods work on the instance itself.
     */
    PyObject exactValue();

    /** The built-in's own special method {@code dunder(*a)}, skipping the class's overrides. */
    PyObject base(String dunder, PyObject[] a);
}

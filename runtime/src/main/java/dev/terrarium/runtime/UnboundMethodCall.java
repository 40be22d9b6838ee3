package dev.terrarium.runtime;

/**
 * What {@link Ops#loadMethod} returns for a Python function found on an instance's class:
 * the function, to be called with the instance as first argument, without building a
 * bound method (compare CPython's LOAD_METHOD). Never visible to guest code.
 */
public final class UnboundMethodCall extends PyObject {
    final PyObject function;

    UnboundMethodCall(PyObject function) {
        this.function = function;
    }

    /** The function to call with the instance first. */
    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return function.type();
    }
}

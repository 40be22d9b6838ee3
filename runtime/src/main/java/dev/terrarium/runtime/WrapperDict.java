package dev.terrarium.runtime;

/**
 * The attribute dict of a classmethod or staticmethod object. CPython 3.10+ fills it when the
 * object is made with the wrapped callable's {@code __module__}, {@code __name__},
 * {@code __qualname__}, {@code __doc__} and {@code __annotations__} (functools.wraps'
 * assignments, those the callable has); here it is filled on first use, so that classes
 * full of methods pay nothing until someone looks.
 */
final class WrapperDict {
    private WrapperDict() {}

    private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static PyDict copiedFrom(PyObject function) {
        PyDict d = new PyDict();
        for (String name : COPIED) {
            try {
                d.put(PyStr.of(name), Ops.getAttr(function, name));
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
            }
        }
        return d;
    }
}

package dev.terrarium.runtime;

/**
 * Calling special methods ({@code __add__}, {@code __len__}, ...) of guest-defined
 * classes. As in CPython, they are looked up on the type, never on the instance.
 */
final class Special {
    private Special() {}

    static final PyObject[] NONE = new PyObject[0];

    /** Calls {@code method} (found on a type) with {@code self} first. */
    static PyObject callWithSelf(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof PyFunction f) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return f.call(all, kwnames);
        }
        return method.bindTo(self).call(args, kwnames);
    }

    /** {@code self.name()} if the type defines it, else null. */
    static PyObject call0(PyObject self, String name) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            return null;
        }
        return m instanceof PyFunction f ? f.call1(self) : m.bindTo(self).call0();
    }

    /** {@code self.name(arg)} if the type defines it, else null. */
    static PyObject call1(PyObject self, String name, PyObject arg) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            return null;
        }
        return m instanceof PyFunction f ? f.call2(self, arg) : m.bindTo(self).call1(arg);
    }

    /** {@code self.name(a, b)} if the type defines it, else null. */
    static PyObject call2(PyObject self, String name, PyObject a, PyObject b) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            return null;
        }
        return m instanceof PyFunction f ? f.call3(self, a, b) : m.bindTo(self).call2(a, b);
    }

    /** A binary special method: NotImplemented when the type lacks it. */
    static PyObject binary(PyObject self, String name, PyObject other) {
        PyObject r = call1(self, name, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    static String strResult(PyObject r, String method) {
        if (r instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("%s returned non-string (type %s)", method, r.type().name());
    }
}

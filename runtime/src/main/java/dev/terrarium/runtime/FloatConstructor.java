package dev.terrarium.runtime;

import dev.terrarium.runtime.text.NumberParser;

/** {@code float(x=0.0)}; compare CPython {@code float_new_impl}. */
final class FloatConstructor {
    private FloatConstructor() {}

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("float", kwnames);
        ArgParser.arity("float", args, 0, 1);
        if (args.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = args[0];
        if (DerivedSlots.isDerived(x)) {
            // CPython's PyNumber_Float: a subclass's own __float__ (else the built-in's, or
            // __index__ where the base has no __float__) before a str subclass is parsed.
            PyFloat fromMethod = NumberProtocol.toFloatOrNull(x);
            if (fromMethod != null) {
                return fromMethod;
            }
        }
        if (x instanceof PyFloat f) {
            return f;
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.asDouble());
        }
        if (x instanceof PyStr s) {
            Double d = NumberParser.parseFloat(s.value());
            if (d == null) {
                throw PyErrors.valueError("could not convert string to float: %s", s.repr());
            }
            return new PyFloat(d);
        }
        if (Buffers.isBytesLike(x)) {
            byte[] data = Buffers.bytesOf(x);
            Double d = NumberParser.parseFloat(data);
            if (d == null) {
                throw PyErrors.valueError("could not convert string to float: %s", x.repr());
            }
            return new PyFloat(d);
        }
        PyFloat fromMethod = NumberProtocol.toFloatOrNull(x);
        if (fromMethod != null) {
            return fromMethod;
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '%s'", x.type().name());
    }
}

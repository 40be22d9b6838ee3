package dev.terrarium.runtime;

import dev.terrarium.runtime.external.HostValues;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import dev.terrarium.runtime.external.WireFormatException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code host} module: the functions an embedding application registered with the
 * controller, one attribute each (so an unknown name is the usual module AttributeError).
 * It exists only when the embedder registered at least one function; otherwise
 * {@code import host} looks for a guest module of that name as usual. A call sends its
 * positional arguments in the flat form of {@link HostValues} with {@link Op#HOST_CALL}
 * and converts the answer back: None, bool, int, float, str, bytes, list, tuple and dict
 * travel both ways; any other argument is a TypeError, a value nested deeper than
 * {@link HostValues#MAX_DEPTH} or too big for one request a ValueError, and an exception of
 * the host function arrives as the exception type the controller names (RuntimeError for
 * an ordinary Java exception).
 */
final class HostModule {
    private HostModule() {}

    /** The module, or null if the embedder registered no function. */
    static PyModule create() {
        Reply reply = GuestIO.door().call(Request.of(Op.HOST_NAMES));
        if (!reply.isOk() || reply.values().size() != 1 || !(reply.values().get(0) instanceof List<?> names)
                || names.isEmpty()) {
            return null;
        }
        PyModule module = new PyModule("host", new PyDict(), null);
        for (Object entry : names) {
            String name = (String) entry;
            module.setAttr(name, new PyBuiltinFunction(name, (args, kwnames) -> call(name, args, kwnames)));
        }
        return module;
    }

    private static PyObject call(String name, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords(name, kwnames);
        List<Object> flat = new ArrayList<>();
        for (PyObject arg : args) {
            encode(name, arg, flat, 0);
        }
        Reply reply;
        try {
            reply = GuestIO.door().call(Request.of(Op.HOST_CALL, name, flat));
        } catch (WireFormatException e) {
            // Nothing was sent: the arguments do not fit in one request (or a str holds a
            // lone surrogate, which has no UTF-8 form).
            throw PyErrors.valueError("%s(): arguments cannot be sent to the host: %s", name, e.getMessage());
        }
        if (!reply.isOk()) {
            throw PyErrors.osError(reply.errno(), null);
        }
        List<Object> values = reply.values();
        if (values.size() == 3 && Long.valueOf(HostValues.RAISED).equals(values.get(0))) {
            throw raised((String) values.get(1), (String) values.get(2));
        }
        if (values.size() != 2 || !Long.valueOf(HostValues.RETURNED).equals(values.get(0))
                || !(values.get(1) instanceof List<?> result)) {
            throw PyErrors.runtimeError("malformed answer from the host for %s()", name);
        }
        Decoder decoder = new Decoder(result);
        PyObject value = decoder.next();
        if (decoder.position != result.size()) {
            throw PyErrors.runtimeError("malformed answer from the host for %s()", name);
        }
        return value;
    }

    /** The exception the controller named, if it is a built-in Exception subclass; else RuntimeError. */
    private static PyException raised(String typeName, String message) {
        PyObject type = Builtins.DICT.get(PyStr.of(typeName));
        PyType chosen = type instanceof PyType t && t.isSubtypeOf(PyExc.Exception) ? t : PyExc.RuntimeError;
        return new PyException(PyExc.create(chosen, PyStr.of(message)));
    }

    private static void encode(String name, PyObject value, List<Object> out, int depth) {
        if (out.size() >= WireCodec.MAX_LIST_LENGTH) {
            throw PyErrors.valueError("%s(): arguments have more than %d parts", name, WireCodec.MAX_LIST_LENGTH);
        }
        if (value == PyNone.INSTANCE) {
            out.add(HostValues.NONE);
        } else if (value instanceof PyBool b) {
            out.add(b.isTrue() ? HostValues.TRUE : HostValues.FALSE);
        } else if (value instanceof PyInt i) {
            if (i.isSmall()) {
                out.add(HostValues.INT);
                out.add(i.value);
            } else {
                String digits = i.asBig().toString();
                if (digits.length() > HostValues.MAX_BIG_INT_DIGITS + 1) {
                    throw PyErrors.valueError("%s(): int of more than %d digits", name, HostValues.MAX_BIG_INT_DIGITS);
                }
                out.add(HostValues.BIG_INT);
                out.add(digits);
            }
        } else if (value instanceof PyFloat f) {
            out.add(HostValues.FLOAT);
            out.add(Double.doubleToRawLongBits(f.value));
        } else if (value instanceof PyStr s) {
            out.add(s.value());
        } else if (value instanceof PyBytes b) {
            out.add(b.toByteArray());
        } else if (value instanceof PyList || value instanceof PyTuple) {
            PyObject[] items = value instanceof PyList l ? l.toArray() : ((PyTuple) value).toArray();
            enter(name, depth);
            out.add(value instanceof PyList ? HostValues.LIST : HostValues.TUPLE);
            out.add((long) items.length);
            for (PyObject item : items) {
                encode(name, item, out, depth + 1);
            }
        } else if (value instanceof PyDict d) {
            enter(name, depth);
            List<Map.Entry<PyObject, PyObject>> entries = new ArrayList<>(d.entries().entrySet());
            out.add(HostValues.DICT);
            out.add((long) entries.size());
            for (Map.Entry<PyObject, PyObject> entry : entries) {
                encode(name, entry.getKey(), out, depth + 1);
                encode(name, entry.getValue(), out, depth + 1);
            }
        } else {
            throw PyErrors.typeError("%s(): cannot pass a '%s' object to the host", name, value.type().name());
        }
    }

    private static void enter(String name, int depth) {
        if (depth >= HostValues.MAX_DEPTH) {
            throw PyErrors.valueError("%s(): value nested deeper than %d levels (or containing itself)",
                    name, HostValues.MAX_DEPTH);
        }
    }

    /** Reads one value of the flat form written by the controller (which the guest trusts). */
    private static final class Decoder {
        private final List<?> flat;
        int position;

        Decoder(List<?> flat) {
            this.flat = flat;
        }

        private Object take() {
            if (position >= flat.size()) {
                throw PyErrors.runtimeError("truncated value from the host");
            }
            return flat.get(position++);
        }

        PyObject next() {
            Object token = take();
            if (token instanceof String s) {
                return PyStr.of(s);
            }
            if (token instanceof byte[] b) {
                return new PyBytes(b);
            }
            if (!(token instanceof Long tag)) {
                throw PyErrors.runtimeError("malformed value from the host");
            }
            switch (tag.intValue()) {
                case (int) HostValues.NONE:
                    return PyNone.INSTANCE;
                case (int) HostValues.FALSE:
                    return PyBool.FALSE;
                case (int) HostValues.TRUE:
                    return PyBool.TRUE;
                case (int) HostValues.INT:
                    return PyInt.of((Long) take());
                case (int) HostValues.BIG_INT:
                    return PyInt.of(new BigInteger((String) take()));
                case (int) HostValues.FLOAT:
                    return new PyFloat(Double.longBitsToDouble((Long) take()));
                case (int) HostValues.LIST:
                    return new PyList(items());
                case (int) HostValues.TUPLE:
                    return new PyTuple(items());
                case (int) HostValues.DICT: {
                    long count = (Long) take();
                    PyDict dict = new PyDict();
                    for (long i = 0; i < count; i++) {
                        PyObject key = next();
                        dict.setItem(key, next());
                    }
                    return dict;
                }
                default:
                    throw PyErrors.runtimeError("malformed value from the host");
            }
        }

        private PyObject[] items() {
            long count = (Long) take();
            if (count < 0 || count > flat.size() - position) {
                throw PyErrors.runtimeError("malformed value from the host");
            }
            PyObject[] items = new PyObject[(int) count];
            for (int i = 0; i < items.length; i++) {
                items[i] = next();
            }
            return items;
        }
    }
}

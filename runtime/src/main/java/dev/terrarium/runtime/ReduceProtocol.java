package dev.terrarium.runtime;

/**
 * {@code object.__reduce__} and {@code object.__reduce_ex__}: the default of the copy and pickle
 * protocol (compare CPython's {@code object___reduce_ex___impl}, {@code _common_reduce},
 * {@code reduce_newobj} and {@code object_getstate} in Objects/typeobject.c). Protocol 2 and
 * above answer {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)} from
 * {@code __getnewargs_ex__}/{@code __getnewargs__}, {@code __getstate__} and the list or dict
 * contents; protocols 0 and 1 ask the guest module {@code copyreg._reduce_ex}.
 */
final class ReduceProtocol {
    private ReduceProtocol() {}

    /** object's own {@code __reduce__}, to tell whether a class overrides it. */
    private static PyObject objectReduce;
    /** object's own {@code __getstate__}, to tell whether a class overrides it. */
    private static PyObject objectGetState;

    static void install(PyType object) {
        BuiltinNames.method(object, "__reduce__", (s, a, k) -> {
            ArgParser.noArgs("object.__reduce__", a, k);
            return commonReduce(s, 0);
        });
        BuiltinNames.method(object, "__reduce_ex__", (s, a, k) -> {
            ArgParser.noKeywords("object.__reduce_ex__", k);
            if (a.length != 1) {
                throw PyErrors.typeError("object.__reduce_ex__() takes exactly one argument (%d given)", a.length);
            }
            return reduceEx(s, protocol(a[0]));
        });
        objectReduce = object.ownAttribute("__reduce__");
        objectGetState = object.ownAttribute("__getstate__");
    }

    /** A protocol number as CPython's argument clinic reads an {@code int} (no __index__ fallback for floats). */
    static int protocol(PyObject p) {
        PyInt i = ArgParser.index(p);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** {@code object.__reduce_ex__(protocol)}: a class's own {@code __reduce__} wins. */
    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject classReduce = self.type().lookup("__reduce__");
        if (classReduce != null && classReduce != objectReduce) {
            return Ops.getAttr(self, "__reduce__").call0();
        }
        return commonReduce(self, protocol);
    }

    private static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        PyObject copyreg = Imports.importAbsolute("copyreg");
        return Ops.getAttr(copyreg, "_reduce_ex").call2(self, PyInt.of(protocol));
    }

    /** CPython's {@code reduce_newobj}. */
    private static PyObject reduceNewObj(PyObject self) {
        PyType cls = self.type();
        if (!cls.isUserDefined() && cls.constructor() == null && cls != PyType.OBJECT) {
            throw PyErrors.typeError("cannot pickle '%s' object", cls.name());
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject getNewArgsEx = cls.lookup("__getnewargs_ex__");
        if (getNewArgsEx != null) {
            PyObject r = getNewArgsEx.bindTo(self).call0();
            if (!(r instanceof PyTuple t)) {
                throw PyErrors.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name());
            }
            if (t.size() != 2) {
                throw PyErrors.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw PyErrors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.type().name());
            }
            if (!(kwargs instanceof PyDict)) {
                throw PyErrors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.type().name());
            }
        } else {
            PyObject getNewArgs = cls.lookup("__getnewargs__");
            if (getNewArgs != null) {
                args = getNewArgs.bindTo(self).call0();
                if (!(args instanceof PyTuple)) {
                    throw PyErrors.typeError("__getnewargs__ should return a tuple, not '%s'", args.type().name());
                }
            }
        }
        PyObject copyreg = Imports.importAbsolute("copyreg");
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Ops.getAttr(copyreg, "__newobj__");
            PyObject[] given = args == null ? new PyObject[0] : ((PyTuple) args).toArray();
            PyObject[] all = new PyObject[given.length + 1];
            all[0] = cls;
            System.arraycopy(given, 0, all, 1, given.length);
            newargs = new PyTuple(all);
        } else {
            newobj = Ops.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        PyObject state = getState(self, !(args != null || isList || isDict));
        PyObject listItems = isList ? Ops.iter(self) : PyNone.INSTANCE;
        PyObject dictItems = isDict ? Ops.iter(Ops.getAttr(self, "items").call0()) : PyNone.INSTANCE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /**
     * CPython's {@code object_getstate}: a class's own {@code __getstate__}, else the default,
     * which with {@code required} refuses objects whose built-in base keeps state of its own
     * (a generator, a module, a function...): nothing could rebuild them from the dict.
     */
    static PyObject getState(PyObject self, boolean required) {
        PyObject getstate = self.type().lookup("__getstate__");
        if (getstate != null && getstate != objectGetState) {
            return Ops.getAttr(self, "__getstate__").call0();
        }
        if (required && !hasObjectLayout(self)) {
            if (self instanceof PyType) {
                throw PyErrors.typeError("cannot pickle %s objects", self.type().name());
            }
            throw PyErrors.typeError("cannot pickle '%s' object", self.type().name());
        }
        return defaultState(self);
    }

    /** Whether {@code o} keeps no state beyond object's, its {@code __dict__} and its slots. */
    private static boolean hasObjectLayout(PyObject o) {
        return o instanceof PyInstance || o instanceof PyPlainObject || o == PyNone.INSTANCE;
    }

    /**
     * {@code object.__getstate__()} of CPython 3.11: the instance dict if it has entries, else
     * None; paired with a dict of the {@code __slots__} that have values when there are any.
     */
    static PyObject defaultState(PyObject s) {
        PyObject state = PyNone.INSTANCE;
        PyDict dict = null;
        if (s instanceof PyInstance i) {
            dict = i.visibleDict();
        } else if (DerivedSlots.isDerived(s)) {
            dict = ((DerivedInstance) s).derivedState().visibleDict();
        } else if (s instanceof PyBaseException e) {
            PyObject d = e.getAttr("__dict__");
            dict = d instanceof PyDict pd ? pd : null;
        }
        if (dict != null && dict.size() > 0) {
            state = dict;
        }
        if (!s.type().isUserDefined()) {
            return state; // a built-in type has no __slots__
        }
        // CPython's _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg's (which caches it)
        PyObject names = s.type().ownAttribute("__slotnames__");
        if (names == null) {
            names = Ops.getAttr(Imports.importAbsolute("copyreg"), "_slotnames").call1(s.type());
        }
        if (!(names instanceof PyList)) {
            return state;
        }
        PyDict slots = new PyDict();
        for (PyObject name : Ops.toArray(names)) {
            try {
                slots.put(name, Ops.getAttr(s, Ops.str(name)));
            } catch (PyException unset) {
                if (!unset.matches(PyExc.AttributeError)) {
                    throw unset;
                }
            }
        }
        if (slots.size() > 0) {
            state = PyTuple.of(state, slots);
        }
        return state;
    }
}

package dev.terrarium.runtime;

/**
 * A name of a class's {@code __slots__} (CPython's {@code member_descriptor}): a data
 * descriptor in the class dict through which instances read, write and delete that one
 * attribute. Instances of a class whose every class has {@code __slots__} have no
 * {@code __dict__}. Slot values are kept apart from the instance's {@code __dict__}.
 */
public final class PyMemberDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, null);

    private final PyType owner;
    private final String name;

    PyMemberDescriptor(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        PyObject v = storage(instance).get(PyStr.of(name));
        if (v == null) {
            throw PyErrors.noAttribute(instance, name);
        }
        return v;
    }

    @Override
    public PyObject bindToClass(PyType cls) {
        return this;
    }

    @Override
    public void setOn(PyObject instance, String attr, PyObject value) {
        storage(instance).put(PyStr.of(name), value);
    }

    @Override
    public void deleteOn(PyObject instance, String attr) {
        if (storage(instance).remove(PyStr.of(name)) == null) {
            // CPython's member_set deleting an empty T_OBJECT_EX slot: the bare name
            throw PyErrors.attributeError("%s", name);
        }
    }

    private PyDict storage(PyObject instance) {
        if (!instance.type().isSubtypeOf(owner)) {
            throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), instance.type().name());
        }
        return instance instanceof DerivedInstance d ? d.derivedState().slotValues() : ((PyInstance) instance).slotValues();
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }

    /**
     * Turns the {@code __slots__} entry of a new class's namespace into member descriptors;
     * returns whether the class's instances get a {@code __dict__} (they do when a base
     * has one, when {@code '__dict__'} is among the slots, or when there are no slots).
     */
    static boolean installSlots(PyType cls, java.util.Map<String, PyObject> dict, PyType[] bases) {
        boolean inheritedDict = false;
        for (PyType b : bases) {
            // built-in values have no __dict__ (exceptions do)
            inheritedDict |= b.isUserDefined() ? b.instancesHaveDict() : b != PyType.OBJECT && !DerivedTypes.isDerivable(b);
        }
        PyObject slots = dict.get("__slots__");
        if (slots == null) {
            return true;
        }
        boolean wantsDict = false;
        PyObject it = slots instanceof PyStr ? PyTuple.of(slots).iter() : slots.iter();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (!(x instanceof PyStr s)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '%s'", x.type().name());
            }
            String n = s.value();
            if (!StrMethods.isIdentifier(n)) {
                throw PyErrors.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (wantsDict || inheritedDict) {
                    throw PyErrors.typeError("__dict__ slot disallowed: we already got one");
                }
                wantsDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue;
            }
            names.add(mangle(cls.name(), n));
        }
        for (String n : names) {
            if (dict.containsKey(n)) {
                throw PyErrors.valueError("'%s' in __slots__ conflicts with class variable", n);
            }
        }
        for (String n : names) {
            dict.put(n, new PyMemberDescriptor(cls, n));
        }
        return wantsDict || inheritedDict;
    }

    /** Private names ({@code __x}, not {@code __x__}) are mangled with the class name, as in the class body. */
    private static String mangle(String className, String n) {
        if (!n.startsWith("__") || n.endsWith("__")) {
            return n;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? n : "_" + stripped + n;
    }
}

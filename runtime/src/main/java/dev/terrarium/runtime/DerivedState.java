package dev.terrarium.runtime;

/**
 * What an instance of a class deriving from a built-in type adds to the built-in value: its
 * class, its {@code __dict__} (when the class has one) and its {@code __slots__} values.
 */
final class DerivedState {
    final PyType type;
    private PyDict dict;
    private PyDict slotValues;

    DerivedState(PyType type) {
        this.type = type;
    }

    /** The instance dict, or null when the class has only {@code __slots__}. */
    PyDict visibleDict() {
        if (!type.instancesHaveDict()) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    PyDict slotValues() {
        if (slotValues == null) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    /**
     * The special method {@code name} if a guest class defines it before any built-in type in
     * the MRO (then it overrides the built-in's slot), else null.
     */
    PyObject slot(String name) {
        return type.guestOverride(name);
    }
}

package dev.terrarium.runtime;

/**
 * A variable shared between a function and the functions nested in it (CPython's
 * {@code cell}): the enclosing function's local lives here, and each closure holds the
 * same cell. {@code value} is null while the variable is unbound.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, null);

    public PyObject value;

    public PyCell() {}

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code cell.cell_contents}: the value, or ValueError for an empty cell. */
    @Override
    public PyObject getAttr(String attr) {
        if (attr.equals("cell_contents")) {
            if (value == null) {
                throw PyErrors.valueError("Cell is empty");
            }
            return value;
        }
        return super.getAttr(attr);
    }

    @Override
    public String repr() {
        return value == null ? "<cell: empty>" : "<cell: " + value.type().name() + " object>";
    }
}

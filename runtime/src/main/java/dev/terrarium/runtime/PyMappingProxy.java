package dev.terrarium.runtime;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping (compare
 * CPython's {@code mappingproxy} in descrobject.c). Reads go to the mapping; item assignment and
 * deletion raise CPython's TypeErrors. {@code type.__dict__} and the {@code mapping} attribute
 * of dict views are instances.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("mappingproxy", k);
        ArgParser.arity("mappingproxy", a, 1, 1);
        PyObject mapping = a[0];
        if (mapping instanceof PyList || mapping instanceof PyTuple || mapping.type().lookup("__getitem__") == null) {
            throw PyErrors.typeError("mappingproxy() argument must be a mapping, not %s", mapping.type().name());
        }
        return new PyMappingProxy(mapping);
    });

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    /** The mapping this proxy shows. */
    public PyObject mapping() {
        return mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "mappingproxy(" + Ops.repr(mapping) + ")";
    }

    @Override
    public String str() {
        return Ops.str(mapping);
    }

    @Override
    public long len() {
        return mapping.len();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return Ops.getItem(mapping, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        throw PyErrors.typeError("'mappingproxy' object does not support item assignment");
    }

    @Override
    public void delItem(PyObject key) {
        throw PyErrors.typeError("'mappingproxy' object does not support item deletion");
    }

    @Override
    public boolean contains(PyObject item) {
        return Ops.isTrue(Ops.in(item, mapping));
    }

    @Override
    public PyObject iter() {
        return Ops.iter(mapping);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.compare(mapping, other, op);
    }

    @Override
    public PyObject or(PyObject other) {
        return Ops.or(mapping, other instanceof PyMappingProxy p ? p.mapping : other);
    }

    @Override
    public PyObject ror(PyObject other) {
        return Ops.or(other instanceof PyMappingProxy p ? p.mapping : other, mapping);
    }

    private PyObject callOnMapping(String name, PyObject[] args) {
        return Ops.getAttr(mapping, name).call(args, null);
    }

    /** The methods and special methods of CPython's mappingproxy type; run by BuiltinNames. */
    static void install() {
        SlotWrappers.install(TYPE, "__len__", "__iter__", "__getitem__", "__contains__", "__or__");
        BuiltinNames.define(TYPE, "__ror__", PySlotWrapper.exact(TYPE, "__ror__", 1, (s, a, k) -> s.ror(a[0])));
        BuiltinNames.define(TYPE, "__ior__", PySlotWrapper.exact(TYPE, "__ior__", 1, (s, a, k) -> {
            throw PyErrors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        }));
        SlotWrappers.install(TYPE, "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
        BuiltinNames.noArgs(TYPE, "__reversed__", s -> Ops.call(Builtins.DICT.get(PyStr.of("reversed")),
                new PyObject[] {((PyMappingProxy) s).mapping}, null));
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            BuiltinNames.noArgs(TYPE, name, s -> ((PyMappingProxy) s).callOnMapping(name, NO_ARGS));
        }
        BuiltinNames.method(TYPE, "get", (s, a, k) -> {
            ArgParser.noKeywords("get", k);
            ArgParser.arity("get", a, 1, 2);
            return ((PyMappingProxy) s).callOnMapping("get", a);
        });
        PyGenericAlias.installOn(TYPE);
    }
}

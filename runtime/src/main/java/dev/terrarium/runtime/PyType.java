package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A Python type ({@code type} instances). Built-in types are created once, at class
 * initialisation of their Java class, with {@link #builtin}, and their attribute
 * dictionary is filled by that class. Classes defined by guest code are made by
 * {@link #newClass} (the {@code class} statement): they have any number of bases, a
 * method resolution order computed by C3, and instances of the Java class of their
 * "solid base" ({@link PyInstance} for plain classes, {@link PyBaseException} for
 * exception classes).
 */
public final class PyType extends PyObject {

    /** Built-in types made before None: see {@link #giveDoc}. First, so it exists before any type is made. */
    private static final List<PyType> WITHOUT_DOC = new ArrayList<>();

    /** Builds instances when the type is called: {@code int("3")}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", null, (t, a, k) -> {
        ArgParser.noArgs("object", a, k);
        return new PyPlainObject(t);
    });
    static {
        ObjectMethods.install(OBJECT);
    }

    public static final PyType TYPE = new PyType("type", OBJECT, (t, a, k) -> {
        if (a.length == 1 && k == null) {
            return a[0].type();
        }
        if (a.length == 3 && k == null) {
            return TypeCalls.typeNew(t, a[0], a[1], a[2]);
        }
        throw PyErrors.typeError("type() takes 1 or 3 arguments");
    });
    static {
        TypeCalls.installTypeMethods(TYPE);
    }

    private final String name;
    private String qualname;
    private String module = "builtins";
    private final PyType[] bases;
    private PyType[] mro;
    private final Constructor constructor;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** Defined by guest code (a "heap type"): its dict may change, its instances carry a dict. */
    private final boolean userDefined;
    private PyType metaclass = null;
    /** False for a class whose instances have only {@code __slots__}, no {@code __dict__}. */
    private boolean instancesHaveDict = true;
    /** Cache of {@link #solidBase()} for a class. */
    private PyType solid;

    /**
     * Changes whenever this type's dict or that of a type in its MRO changes (compare CPython's
     * {@code tp_version_tag}): inline caches of attribute lookups (runtime.indy) hold it and
     * look again when it differs. Never reused, so a stale cache can never match by chance.
     */
    private long version = nextVersion();
    private static long versions;
    /** Direct subclasses, weakly held: a change to this type's dict changes their versions too. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    private static long nextVersion() {
        return ++versions;
    }

    private PyType(String name, PyType base, Constructor constructor) {
        this.name = name;
        this.qualname = name;
        // A dotted tp_name ("types.UnionType") names the module; __name__ is the last part.
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            this.qualname = name.substring(dot + 1);
            this.module = name.substring(0, dot);
        }
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.constructor = constructor;
        this.userDefined = false;
        List<PyType> order = new ArrayList<>();
        order.add(this);
        if (base != null) {
            order.addAll(Arrays.asList(base.mro));
        }
        this.mro = order.toArray(new PyType[0]);
    }

    private PyType(String name, Constructor constructor, PyType[] bases) {
        this.name = name;
        this.qualname = name;
        this.bases = bases.clone();
        this.constructor = constructor;
        this.userDefined = false;
        this.mro = Mro.compute(this, bases);
    }

    private PyType(String name, PyType[] bases, PyType metaclass) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.constructor = null;
        this.userDefined = true;
        this.metaclass = metaclass == TYPE ? null : metaclass;
        this.mro = Mro.compute(this, bases);
        for (PyType base : bases) {
            base.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
    }

    /** The current version of this type's attributes, as seen along its MRO. */
    public long version() {
        return version;
    }

    /** Call after any change to {@link #dict}: this type and all its subclasses get new versions. */
    private void attributesChanged() {
        version = nextVersion();
        subclasses.removeIf(ref -> ref.get() == null);
        for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.attributesChanged();
            }
        }
    }

    /** A built-in type; {@code constructor} null means the type cannot be instantiated from Python. */
    public static PyType builtin(String name, PyType base, Constructor constructor) {
        return registered(new PyType(name, base, constructor));
    }

    /** A built-in type with several bases (ExceptionGroup), its MRO computed by C3 as a class's. */
    public static PyType builtinWithBases(String name, PyType[] bases, Constructor constructor) {
        return registered(new PyType(name, constructor, bases));
    }

    /**
     * A new built-in type gets a {@code __doc__} entry (None: Terrarium's built-ins carry no
     * docstrings) and is known to its bases' {@code __subclasses__()}.
     */
    private static PyType registered(PyType t) {
        giveDoc(t);
        for (PyType base : t.bases) {
            base.subclasses.add(new java.lang.ref.WeakReference<>(t));
        }
        return t;
    }

    /**
     * Types made while None itself is being made (during class initialisation of the core
     * types) get their {@code __doc__} from {@link #giveDocs} later.
     */
    private static void giveDoc(PyType t) {
        if (PyNone.INSTANCE == null) {
            WITHOUT_DOC.add(t);
        } else {
            t.dict.put("__doc__", PyNone.INSTANCE);
        }
    }

    /** Gives {@code __doc__} to the core types made before None existed. */
    static void giveDocs() {
        giveDoc(OBJECT);
        giveDoc(TYPE);
        for (PyType t : WITHOUT_DOC) {
            t.dict.putIfAbsent("__doc__", PyNone.INSTANCE);
        }
        WITHOUT_DOC.clear();
    }

    /** A built-in type defined by another module than builtins ({@code types.UnionType}). */
    PyType inModule(String moduleName) {
        this.module = moduleName;
        return this;
    }

    /** {@code cls.__subclasses__()}: the direct subclasses still alive, oldest first. */
    List<PyType> liveSubclasses() {
        List<PyType> live = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                live.add(sub);
            }
        }
        return live;
    }

    /**
     * A class statement's result: {@code name} with {@code bases} (object if none) and the
     * namespace the class body filled (compare CPython {@code type_new}).
     */
    public static PyType newClass(PyType metaclass, String name, String qualname, PyType[] bases, PyDict namespace) {
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        for (PyType base : b) {
            if (!base.acceptsSubclasses()) {
                throw PyErrors.typeError("type '%s' is not an acceptable base type", base.name);
            }
        }
        DerivedTypes.install();
        PyType cls = new PyType(name, b, metaclass);
        cls.solidBase(); // fails early for unsupported built-in bases and lay-out conflicts
        cls.qualname = qualname;
        for (Map.Entry<PyObject, PyObject> e : namespace.entries().entrySet()) {
            if (!(e.getKey() instanceof PyStr key)) {
                continue;
            }
            cls.dict.put(key.value(), e.getValue());
        }
        // CPython's type_new_set_doc: a class body without a docstring leaves __doc__ None.
        cls.dict.putIfAbsent("__doc__", PyNone.INSTANCE);
        cls.instancesHaveDict = PyMemberDescriptor.installSlots(cls, cls.dict, b);
        PyObject module = cls.dict.get("__module__");
        if (module instanceof PyStr m) {
            cls.module = m.value();
        }
        PyObject qn = cls.dict.remove("__qualname__");
        if (qn instanceof PyStr q) {
            cls.qualname = q.value();
        }
        // A class that defines __eq__ but not __hash__ is unhashable (CPython type_new).
        if (cls.dict.containsKey("__eq__") && !cls.dict.containsKey("__hash__")) {
            cls.dict.put("__hash__", PyNone.INSTANCE);
        }
        // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
        PyObject newMethod = cls.dict.get("__new__");
        if (newMethod instanceof PyFunction f) {
            cls.dict.put("__new__", new PyStaticMethod(f));
        }
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject m = cls.dict.get(implicit);
            if (m instanceof PyFunction f) {
                cls.dict.put(implicit, new PyClassMethod(f));
            }
        }
        cls.setNames();
        return cls;
    }

    /**
     * CPython's type_new_set_names: every attribute whose type has {@code __set_name__} is told
     * its owner and name; an error there becomes a RuntimeError caused by it (3.11's wording).
     */
    private void setNames() {
        for (Map.Entry<String, PyObject> e : new ArrayList<>(dict.entrySet())) {
            PyObject value = e.getValue();
            PyObject hook = value instanceof PyInstance ? value.type().lookup("__set_name__") : null;
            if (hook == null) {
                continue;
            }
            try {
                hook.bindTo(value).call2(this, PyStr.of(e.getKey()));
            } catch (PyException err) {
                PyBaseException wrapped = PyExc.create(PyExc.RuntimeError, PyStr.of("Error calling __set_name__ on '"
                        + value.type().name() + "' instance '" + e.getKey() + "' in '" + name + "'"));
                wrapped.cause = err.value();
                throw new PyException(wrapped);
            }
        }
    }

    private boolean acceptsSubclasses() {
        return this != PyBool.TYPE && this != PyNone.TYPE && this != PyNotImplemented.TYPE && this != PyRange.TYPE
                && this != PySlice.TYPE && this != PyFunction.TYPE && this != PyBuiltinFunction.TYPE;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String module() {
        return module;
    }

    public boolean isUserDefined() {
        return userDefined;
    }

    /** Whether instances of this class carry a {@code __dict__} (see {@link PyMemberDescriptor}). */
    public boolean instancesHaveDict() {
        return !userDefined || instancesHaveDict;
    }

    /** The first base (CPython's {@code tp_base} for single inheritance). */
    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] bases() {
        return bases.clone();
    }

    public PyType[] mro() {
        return mro.clone();
    }

    /**
     * The built-in type whose Java class this type's instances have (CPython's solid_base):
     * object, type (metaclasses), BaseException, or a built-in that classes may derive from
     * ({@link DerivedTypes}). The bases' solid bases must lie on one line of inheritance.
     */
    PyType solidBase() {
        if (solid != null) {
            return solid;
        }
        if (!userDefined) {
            if (isSubtypeOf(TYPE)) {
                return TYPE; // a metaclass: its instances are classes
            }
            if (isSubtypeOf(PyExc.BaseException)) {
                return PyExc.BaseException;
            }
            if (this == OBJECT || DerivedTypes.isDerivable(this)) {
                return this;
            }
            throw PyErrors.typeError("subclassing '%s' is not supported by Terrarium yet", name);
        }
        PyType winner = OBJECT;
        for (PyType b : bases) {
            PyType s = b.solidBase();
            if (s.isSubtypeOf(winner)) {
                winner = s;
            } else if (!winner.isSubtypeOf(s)) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        solid = winner;
        return winner;
    }

    /**
     * {@code name} if a guest class defines it before any built-in type along the MRO (it then
     * overrides the built-in's slot in a class deriving from a built-in), else null.
     */
    PyObject guestOverride(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(name);
            if (v != null) {
                return t.userDefined ? v : null;
            }
        }
        return null;
    }

    /** Whether this class's instances are {@link PyInstance}s (its solid base is object). */
    public boolean hasPlainInstances() {
        return solidBase() == OBJECT;
    }

    /** Adds an attribute to the type's dictionary (used while setting up built-in types). */
    public PyType define(String attr, PyObject value) {
        dict.put(attr, value);
        attributesChanged();
        return this;
    }

    /** Finds {@code attr} along the method resolution order (compare CPython {@code _PyType_Lookup}). */
    public PyObject lookup(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Removes {@code attr} from this type's own dict (the {@code __classcell__} entry, once used). */
    void removeOwn(String attr) {
        dict.remove(attr);
    }

    /** {@code attr} from this type's own dict only (not its bases), or null. */
    public PyObject ownAttribute(String attr) {
        return dict.get(attr);
    }

    /** The names defined on this type and its bases, each once (compare {@code type.__dir__}). */
    public List<String> memberNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (PyType t : mro) {
            names.addAll(t.dict.keySet());
        }
        return new ArrayList<>(names);
    }

    /** {@code dir(cls)}: the class's members (the metaclass's are not listed, as in CPython). */
    @Override
    public List<String> attributeNames() {
        return memberNames();
    }

    /** {@code issubclass(this, other)}. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        return metaclass != null ? metaclass : TYPE;
    }

    /** {@code cls | other}: a metaclass's {@code __or__}, else a union ({@code int | str}). */
    @Override
    public PyObject or(PyObject other) {
        if (metaclass != null) {
            PyObject r = Special.call1(this, "__or__", other);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return PyUnionType.or(this, other);
    }

    @Override
    public PyObject ror(PyObject other) {
        if (metaclass != null) {
            PyObject r = Special.call1(this, "__ror__", other);
            if (r != null && r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return PyUnionType.or(other, this);
    }

    /**
     * {@code cls[key]}: the metaclass's {@code __getitem__} if it has one, else the class's
     * {@code __class_getitem__} (compare CPython's PyObject_GetItem).
     */
    @Override
    public PyObject getItem(PyObject key) {
        if (metaclass != null) {
            PyObject r = Special.call1(this, "__getitem__", key);
            if (r != null) {
                return r;
            }
        }
        if (this == TYPE) {
            // type[int]: CPython's PyObject_GetItem makes the alias for type itself (type has no __class_getitem__)
            return new PyGenericAlias(this, key);
        }
        PyObject classGetItem = lookup("__class_getitem__");
        if (classGetItem != null) {
            return classGetItem.bindToClass(this).call1(key);
        }
        return super.getItem(key);
    }

    @Override
    public String repr() {
        if (metaclass != null && metaclass.lookup("__repr__") instanceof PyFunction) {
            return Special.strResult(Special.call0(this, "__repr__"), "__repr__");
        }
        return module.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + module + "." + qualname + "'>";
    }

    @Override
    public long hash() {
        return System.identityHashCode(this);
    }

    @Override
    public String str() {
        if (metaclass != null && metaclass.lookup("__str__") instanceof PyFunction) {
            return Special.strResult(Special.call0(this, "__str__"), "__str__");
        }
        return repr();
    }

    // A class whose metaclass defines __len__, __iter__ or __contains__ (an Enum, say) answers
    // len(), iter() and `in` through them, as CPython's type slots would.

    @Override
    public long len() {
        if (metaclass != null && metaclass.lookup("__len__") != null) {
            PyInt n = ArgParser.index(Special.call0(this, "__len__"));
            if (n.asBig().signum() < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            return n.asLong();
        }
        return super.len();
    }

    @Override
    public PyObject iter() {
        if (metaclass != null && metaclass.lookup("__iter__") != null) {
            return Special.call0(this, "__iter__");
        }
        return super.iter();
    }

    @Override
    public boolean contains(PyObject item) {
        if (metaclass != null) {
            PyObject r = Special.call1(this, "__contains__", item);
            if (r != null) {
                return Ops.isTrue(r);
            }
            if (metaclass.lookup("__iter__") != null) {
                return super.contains(item);
            }
        }
        return super.contains(item);
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__":
                return PyStr.of(userDefined ? name : qualname);
            case "__qualname__":
                return PyStr.of(qualname);
            case "__module__":
                return PyStr.of(module);
            case "__mro__":
                return PyTuple.of(mro.clone());
            case "__bases__":
                return PyTuple.of(bases.clone());
            case "__base__":
                return bases.length == 0 ? PyNone.INSTANCE : bases[0];
            case "__dict__":
                // CPython's is a live mappingproxy of the type's dict; this one shows a snapshot
                return new PyMappingProxy(namespaceCopy());
            case "__class__":
                return type();
            default:
                break;
        }
        // A data descriptor of the metaclass wins (type's own computed attributes, such as
        // __annotations__), then the class's own MRO, then the metaclass.
        PyObject typeAttribute = TYPE.dict.get(attr);
        if (typeAttribute instanceof PyGetSetDescriptor) {
            return typeAttribute.bindTo(this);
        }
        PyObject found = lookup(attr);
        if (found != null) {
            return found.bindToClass(this);
        }
        PyObject meta = type().lookup(attr);
        if (meta != null) {
            return meta.bindTo(this);
        }
        throw PyErrors.noAttribute(this, attr);
    }

    /** The class namespace as a new dict of str keys (what {@code __dict__} shows). */
    PyDict namespaceCopy() {
        PyDict d = new PyDict();
        for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            d.put(PyStr.of(e.getKey()), e.getValue());
        }
        return d;
    }

    /** {@code cls.attr = value}: a guest metaclass's {@code __setattr__}, else {@link #typeSetAttr}. */
    @Override
    public void setAttr(String attr, PyObject value) {
        PyObject hook = metaclass != null ? metaclass.guestOverride("__setattr__") : null;
        if (hook != null) {
            DerivedSlots.call(hook, this, PyStr.of(attr), value);
            return;
        }
        typeSetAttr(attr, value);
    }

    /** {@code del cls.attr}: a guest metaclass's {@code __delattr__}, else {@link #typeDelAttr}. */
    @Override
    public void delAttr(String attr) {
        PyObject hook = metaclass != null ? metaclass.guestOverride("__delattr__") : null;
        if (hook != null) {
            DerivedSlots.call(hook, this, PyStr.of(attr));
            return;
        }
        typeDelAttr(attr);
    }

    /**
     * {@code type.__setattr__} (CPython type_setattro): a data descriptor that a guest
     * metaclass defines (a property, say) takes the value; else the class's own dict.
     */
    void typeSetAttr(String attr, PyObject value) {
        PyObject descr = metaclass != null ? metaclass.guestOverride(attr) : null;
        if (descr != null && descr.isDataDescriptor()) {
            descr.setOn(this, attr, value);
            return;
        }
        if (!userDefined) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        dict.put(attr, value);
        attributesChanged();
    }

    /** {@code type.__delattr__}: as {@link #typeSetAttr} for deletion. */
    void typeDelAttr(String attr) {
        PyObject descr = metaclass != null ? metaclass.guestOverride(attr) : null;
        if (descr != null && descr.isDataDescriptor()) {
            descr.deleteOn(this, attr);
            return;
        }
        if (!userDefined) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        if (dict.remove(attr) == null) {
            throw PyErrors.noAttribute(this, attr);
        }
        attributesChanged();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (metaclass != null) {
            PyObject metaCall = metaclass.lookup("__call__");
            if (metaCall instanceof PyFunction) {
                return Special.callWithSelf(metaCall, this, args, kwnames);
            }
        }
        return callDefault(args, kwnames);
    }

    /** {@code type.__call__(cls, ...)}: create and initialise an instance (CPython type_call). */
    PyObject callDefault(PyObject[] args, String[] kwnames) {
        if (userDefined) {
            return TypeCalls.instantiate(this, args, kwnames);
        }
        if (constructor == null) {
            throw PyErrors.typeError("cannot create '%s' instances", name);
        }
        PyObject made = constructor.construct(this, args, kwnames);
        // str(s), int(i), tuple(t)... of an instance of a derived class give the exact built-in value
        return made instanceof DerivedInstance d && d.exactValue() != null ? d.exactValue() : made;
    }

    /** The built-in constructor, for {@code object.__new__}-style creation of a subclass's instance. */
    Constructor constructor() {
        return constructor;
    }
}

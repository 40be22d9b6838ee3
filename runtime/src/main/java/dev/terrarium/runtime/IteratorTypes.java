package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * The lazy iterator types of the builtins namespace: {@code enumerate}, {@code zip},
 * {@code map}, {@code filter}, {@code reversed} (with {@code list_reverseiterator}) and
 * {@code callable_iterator} ({@code iter(f, sentinel)}). Each is a Python type whose
 * instances are their own iterators; constructors check arguments with CPython's messages
 * (compare Python/bltinmodule.c and Objects/enumobject.c, Objects/iterobject.c).
 */
final class IteratorTypes {
    private IteratorTypes() {}

    /** Base of the iterator objects here: {@code iter(self) is self}. */
    abstract static class Iter extends PyObject {
        @Override
        public PyObject iter() {
            return this;
        }
    }

    // ---- enumerate -----------------------------------------------------------------------

    /** {@code enumerate(iterable, start=0)}. */
    static final class Enumerate extends Iter implements ReducibleIterator {
        static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, Enumerate::construct);

        private final PyObject source;
        private long index;
        private BigInteger bigIndex;

        Enumerate(PyObject source, PyInt start) {
            this.source = source;
            if (start.isSmall() && start.value < Long.MAX_VALUE) {
                this.index = start.value;
            } else {
                this.bigIndex = start.asBig();
            }
        }

        static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
            int npos = ArgParser.positionalCount(args, kwnames);
            if (args.length > 2) {
                throw PyErrors.typeError("enumerate() takes at most 2 arguments (%d given)", args.length);
            }
            PyObject iterable = npos > 0 ? args[0] : null;
            PyObject start = npos > 1 ? args[1] : null;
            if (kwnames != null) {
                for (int k = 0; k < kwnames.length; k++) {
                    String name = kwnames[k];
                    PyObject v = args[npos + k];
                    if (name.equals("iterable") && iterable == null) {
                        iterable = v;
                    } else if (name.equals("start") && start == null) {
                        start = v;
                    } else if (name.equals("iterable") || name.equals("start")) {
                        throw PyErrors.typeError("argument for enumerate() given by name ('%s') and position (%d)",
                                name, name.equals("iterable") ? 1 : 2);
                    } else {
                        throw PyErrors.typeError("'%s' is an invalid keyword argument for enumerate()", name);
                    }
                }
            }
            if (iterable == null) {
                throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
            }
            PyInt s = start == null ? PyInt.of(0) : ArgParser.index(start);
            return new Enumerate(Ops.iter(iterable), s);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            PyObject x = source.next();
            if (x == null) {
                return null;
            }
            PyObject i;
            if (bigIndex == null) {
                i = PyInt.of(index);
                if (index == Long.MAX_VALUE - 1) {
                    bigIndex = BigInteger.valueOf(Long.MAX_VALUE);
                } else {
                    index++;
                }
            } else {
                i = PyInt.of(bigIndex);
                bigIndex = bigIndex.add(BigInteger.ONE);
            }
            return PyTuple.of(i, x);
        }

        @Override
        public PyObject reduce() {
            return PyTuple.of(type(), PyTuple.of(source, bigIndex == null ? PyInt.of(index) : PyInt.of(bigIndex)));
        }
    }

    // ---- zip -------------------------------------------------------------------------------

    /** {@code zip(*iterables, strict=False)}. */
    static final class Zip extends Iter implements ReducibleIterator {
        static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, Zip::construct);

        private final PyObject[] sources;
        private boolean strict;
        private boolean done;

        Zip(PyObject[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
        }

        static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
            int npos = ArgParser.positionalCount(args, kwnames);
            PyObject strict = ArgParser.keyword("zip", args, kwnames, "strict");
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Ops.iter(args[i]);
            }
            return new Zip(its, strict != null && Ops.isTrue(strict));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (done || sources.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                PyObject x = sources[i].next();
                if (x == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyErrors.valueError("zip() argument %d is shorter than argument%s%d", i + 1,
                                    i == 1 ? " " : "s 1-", i);
                        }
                        for (int j = 1; j < sources.length; j++) {
                            if (sources[j].next() != null) {
                                throw PyErrors.valueError("zip() argument %d is longer than argument%s%d", j + 1,
                                        j == 1 ? " " : "s 1-", j);
                            }
                        }
                    }
                    return null;
                }
                items[i] = x;
            }
            return new PyTuple(items);
        }

        /** CPython's {@code zip_reduce}: {@code (zip, iterators)}, plus {@code True} when strict. */
        @Override
        public PyObject reduce() {
            PyTuple its = new PyTuple(sources.clone());
            return strict ? PyTuple.of(type(), its, PyBool.TRUE) : PyTuple.of(type(), its);
        }

        /** {@code zip.__setstate__(strict)}. */
        void setStrict(boolean strict) {
            this.strict = strict;
        }
    }

    // ---- map and filter ----------------------------------------------------------------------

    /** {@code map(function, iterable, *iterables)}. */
    static final class MapIter extends Iter implements ReducibleIterator {
        static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, MapIter::construct);

        private final PyObject function;
        private final PyObject[] sources;

        MapIter(PyObject function, PyObject[] sources) {
            this.function = function;
            this.sources = sources;
        }

        static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
            ArgParser.noKeywords("map", kwnames);
            if (args.length < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                its[i - 1] = Ops.iter(args[i]);
            }
            return new MapIter(args[0], its);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                PyObject x = sources[i].next();
                if (x == null) {
                    return null;
                }
                items[i] = x;
            }
            return function.call(items, null);
        }

        @Override
        public PyObject reduce() {
            PyObject[] args = new PyObject[sources.length + 1];
            args[0] = function;
            System.arraycopy(sources, 0, args, 1, sources.length);
            return PyTuple.of(type(), new PyTuple(args));
        }
    }

    /** {@code filter(function or None, iterable)}. */
    static final class Filter extends Iter implements ReducibleIterator {
        static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, Filter::construct);

        private final PyObject function;
        private final PyObject source;

        Filter(PyObject function, PyObject source) {
            this.function = function;
            this.source = source;
        }

        static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
            ArgParser.noKeywords("filter", kwnames);
            ArgParser.arity("filter", args, 2, 2);
            return new Filter(args[0], Ops.iter(args[1]));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            for (PyObject x = source.next(); x != null; x = source.next()) {
                boolean keep;
                if (function == PyNone.INSTANCE || function == PyBool.TYPE) {
                    keep = Ops.isTrue(x);
                } else {
                    keep = Ops.isTrue(function.call1(x));
                }
                if (keep) {
                    return x;
                }
            }
            return null;
        }

        @Override
        public PyObject reduce() {
            return PyTuple.of(type(), PyTuple.of(function, source));
        }
    }

    // ---- reversed --------------------------------------------------------------------------

    /** {@code reversed(seq)}: picks the reverse iterator CPython would. */
    static PyObject reversed(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("reversed", kwnames);
        if (args.length != 1) {
            throw PyErrors.typeError("reversed expected 1 argument, got %d", args.length);
        }
        PyObject seq = args[0];
        PyObject own = seq instanceof DerivedInstance d ? d.derivedState().slot("__reversed__") : null;
        if (own != null && own != PyNone.INSTANCE) {
            return DerivedSlots.call(own, seq);
        }
        if (seq instanceof PyList l) {
            return new ListReverse(l);
        }
        if (seq instanceof PyRange r) {
            return r.reversedIter();
        }
        if (seq instanceof PyDict d) {
            PyObject[] keys = d.entries().keySet().toArray(new PyObject[0]);
            return new SequenceReverse(new PyTuple(keys), DICT_REVERSE_KEY);
        }
        if (seq instanceof PyMappingProxy p) {
            return reversed(type, new PyObject[] {p.mapping()}, null);
        }
        if (seq instanceof PyDictView) {
            PyObject[] items = Ops.toArray(seq);
            PyType t = seq.type() == PyDictView.KEYS ? DICT_REVERSE_KEY
                    : seq.type() == PyDictView.VALUES ? DICT_REVERSE_VALUE : DICT_REVERSE_ITEM;
            return new SequenceReverse(new PyTuple(items), t);
        }
        if (seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyBytes || seq instanceof PyByteArray
                || seq instanceof PyMemoryView) {
            return new SequenceReverse(seq, REVERSED);
        }
        if (seq instanceof PyInstance || seq instanceof PyType && seq.type().isUserDefined()) {
            // the class's __reversed__, else the sequence protocol (__len__ and __getitem__);
            // for a class, its metaclass's (an Enum class is reversible)
            PyObject method = seq.type().lookup("__reversed__");
            if (method != null && method != PyNone.INSTANCE) {
                return method.bindTo(seq).call0();
            }
            if (method == null && seq.type().lookup("__len__") != null && seq.type().lookup("__getitem__") != null) {
                return new SequenceReverse(seq, REVERSED);
            }
        }
        throw PyErrors.typeError("'%s' object is not reversible", seq.type().name());
    }

    static final PyType REVERSED = PyType.builtin("reversed", PyType.OBJECT, IteratorTypes::reversed);
    static final PyType DICT_REVERSE_KEY = PyType.builtin("dict_reversekeyiterator", PyType.OBJECT, null);
    static final PyType DICT_REVERSE_VALUE = PyType.builtin("dict_reversevalueiterator", PyType.OBJECT, null);
    static final PyType DICT_REVERSE_ITEM = PyType.builtin("dict_reverseitemiterator", PyType.OBJECT, null);

    /**
     * {@code reversed} over the sequence protocol: len() then getitem from the end; also the
     * reverse iterators of dicts and dict views, over a snapshot of their items.
     */
    static final class SequenceReverse extends Iter implements SavableIterator {
        private PyObject seq;
        private final PyType type;
        private long index;

        SequenceReverse(PyObject seq, PyType type) {
            this.seq = seq;
            this.type = type;
            this.index = seq.len() - 1;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject next() {
            if (index >= 0) {
                try {
                    PyObject item = seq.getItem(PyInt.of(index));
                    index--;
                    return item;
                } catch (PyException e) {
                    if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
                        throw e;
                    }
                }
            }
            index = -1;
            seq = null; // exhausted for good, as CPython's drops the sequence
            return null;
        }

        /**
         * CPython's {@code reversed_reduce}, or for the dict reverse iterators
         * {@code dictiter_reduce}: the remaining items, in the order they would come.
         */
        @Override
        public PyObject reduce() {
            if (type != REVERSED) {
                PyList rest = new PyList();
                for (long i = index; seq != null && i >= 0; i--) {
                    rest.append(seq.getItem(PyInt.of(i)));
                }
                return IteratorState.iterOf(rest);
            }
            if (seq == null) {
                return PyTuple.of(type, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(type, PyTuple.of(seq), PyInt.of(index));
        }

        @Override
        public long lengthHint() {
            if (seq == null) {
                return 0;
            }
            long position = index + 1;
            return seq.len() < position ? 0 : position;
        }

        /** {@code reversed.__setstate__}: the next index, clamped to {@code [-1, len - 1]}. */
        @Override
        public void setState(long state) {
            if (seq != null) {
                index = Math.max(-1, Math.min(state, seq.len() - 1));
            }
        }
    }

    /** {@code list_reverseiterator}: reads the live list, stopping if it shrank below the index. */
    static final class ListReverse extends Iter implements SavableIterator {
        static final PyType TYPE = PyType.builtin("list_reverseiterator", PyType.OBJECT, null);

        private final PyList list;
        private int index;
        private boolean exhausted;

        ListReverse(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            exhausted = true;
            return null;
        }

        /** CPython's {@code listreviter_reduce}. */
        @Override
        public PyObject reduce() {
            if (exhausted) {
                return IteratorState.iterOf(new PyList());
            }
            return PyTuple.of(REVERSED, PyTuple.of(list), PyInt.of(index));
        }

        @Override
        public long lengthHint() {
            long n = index + 1L;
            return exhausted || list.size() < n ? 0 : n;
        }

        @Override
        public void setState(long state) {
            if (!exhausted) {
                index = (int) Math.max(-1, Math.min(state, list.size() - 1L));
            }
        }
    }

    // ---- iter(callable, sentinel) ----------------------------------------------------------

    /** {@code callable_iterator}: calls until the result equals the sentinel. */
    static final class CallableIter extends Iter implements ReducibleIterator {
        static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, null);

        private PyObject function;
        private final PyObject sentinel;

        CallableIter(PyObject function, PyObject sentinel) {
            this.function = function;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (function == null) {
                return null;
            }
            PyObject r = function.call0();
            if (Ops.eq(r, sentinel)) {
                function = null;
                return null;
            }
            return r;
        }

        @Override
        public PyObject reduce() {
            if (function == null) {
                return IteratorState.iterOf(PyTuple.EMPTY);
            }
            return PyTuple.of(IteratorState.builtinIter(), PyTuple.of(function, sentinel));
        }
    }

    /** {@code iter(object)} and {@code iter(callable, sentinel)}. */
    static PyObject iter(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("iter", kwnames);
        ArgParser.arity("iter", args, 1, 2);
        if (args.length == 1) {
            return Ops.iter(args[0]);
        }
        if (!ObjectBuiltins.isCallable(args[0])) {
            throw PyErrors.typeError("iter(v, w): v must be callable");
        }
        return new CallableIter(args[0], args[1]);
    }
}

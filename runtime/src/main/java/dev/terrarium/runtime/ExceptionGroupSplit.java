package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splitting an exception group by a condition on its members, recursively (compare
 * CPython's {@code exceptiongroup_split_recursive} and {@code exceptiongroup_subset}): a
 * member that matches as a whole is kept as is; a nested group that matches in part is
 * rebuilt with {@code derive} from the matching part, and every rebuilt group gets the
 * traceback, cause, context and a copy of the notes of the group it was made from.
 */
final class ExceptionGroupSplit {
    private ExceptionGroupSplit() {}

    /** The condition a member is tested with. */
    @FunctionalInterface
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    /** The matching part and the rest; either may be null (None). */
    record Result(PyBaseException match, PyBaseException rest) {}

    /**
     * The matcher for {@code split(condition)}: an exception type or tuple of types
     * (isinstance), or a Python function (a predicate; in 3.11 no other callable, as
     * CPython's {@code get_matcher_type} uses {@code PyFunction_Check}).
     */
    static Matcher matcher(PyObject condition) {
        if (condition instanceof PyFunction) {
            return e -> Ops.isTrue(condition.call1(e));
        }
        if (condition instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            return e -> e.isInstance(t);
        }
        if (condition instanceof PyTuple tuple) {
            PyType[] types = new PyType[tuple.size()];
            for (int i = 0; i < types.length; i++) {
                if (!(tuple.get(i) instanceof PyType t) || !t.isSubtypeOf(PyExc.BaseException)) {
                    throw badCondition();
                }
                types[i] = t;
            }
            return e -> {
                for (PyType t : types) {
                    if (e.isInstance(t)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badCondition();
    }

    private static PyException badCondition() {
        return PyErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    static Result split(PyBaseException exc, Matcher matcher, boolean constructRest) {
        if (matcher.matches(exc)) {
            return new Result(exc, null);
        }
        if (!(exc instanceof PyExceptionGroup group)) {
            return new Result(null, constructRest ? exc : null);
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = constructRest ? new ArrayList<>() : null;
        PyTuple members = group.exceptions();
        for (int i = 0; i < members.size(); i++) {
            CallDepth.enter();
            Result r;
            try {
                r = split((PyBaseException) members.get(i), matcher, constructRest);
            } finally {
                CallDepth.exit();
            }
            if (r.match() != null) {
                matched.add(r.match());
            }
            if (r.rest() != null) {
                rest.add(r.rest());
            }
        }
        PyBaseException matchGroup = subset(group, matched);
        PyBaseException restGroup = constructRest ? subset(group, rest) : null;
        return new Result(matchGroup, restGroup);
    }

    /** {@code orig.derive(excs)} with orig's metadata, or null when excs is empty. */
    private static PyBaseException subset(PyExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject derived = Ops.getAttr(orig, "derive").call1(new PyList(excs.toArray(new PyObject[0])));
        if (!(derived instanceof PyExceptionGroup eg)) {
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.copyTracebackFrom(orig);
        eg.context = orig.context;
        // CPython sets the cause with PyException_SetCause, which also suppresses the context.
        eg.cause = orig.cause;
        eg.suppressContext = true;
        PyObject notes = notesOf(orig);
        if (notes != null && PyExceptionGroup.isSequence(notes)) {
            eg.setAttr("__notes__", new PyList(Ops.toArray(notes)));
        }
        return eg;
    }

    /** {@code getattr(e, '__notes__', None)} as null when absent. */
    static PyObject notesOf(PyBaseException e) {
        try {
            return Ops.getAttr(e, "__notes__");
        } catch (PyException err) {
            if (err.matches(PyExc.AttributeError)) {
                return null;
            }
            throw err;
        }
    }

    /**
     * The part of {@code eg} whose leaves are leaves of the groups in {@code keep}, in eg's
     * structure (compare CPython's {@code exception_group_projection}), or null.
     */
    static PyBaseException projection(PyExceptionGroup eg, List<PyBaseException> keep) {
        Map<PyBaseException, Boolean> leaves = new IdentityHashMap<>();
        for (PyBaseException e : keep) {
            collectLeaves(e, leaves);
        }
        return split(eg, leaves::containsKey, false).match();
    }

    private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> leaves) {
        if (e instanceof PyExceptionGroup g) {
            PyTuple members = g.exceptions();
            for (int i = 0; i < members.size(); i++) {
                collectLeaves((PyBaseException) members.get(i), leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }
}

package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One run of the except* clauses of a {@code try} statement, for the exception the body
 * raised (compare CPython 3.11's CHECK_EG_MATCH, PREP_RERAISE_STAR and
 * {@code _PyExc_PrepReraiseStar}). Generated code calls {@link #begin}, then
 * {@link #match} for each clause (running the clause's body when it returns a part),
 * {@link #handlerRaised} when a body raises, and finally {@link #finish}, whose result
 * (if any) it throws: the unhandled rest and whatever the bodies raised, as one group.
 * While the clauses run, the exception being handled is the caught one, then each
 * clause's matched part.
 */
public final class ExceptStar {
    private final PyException caught;
    private final PyBaseException orig;
    /** What no clause has matched yet; null once everything matched. */
    private PyBaseException rest;
    /** The throwables of the clause bodies that raised, in order. */
    private final List<PyException> raised = new ArrayList<>();
    /** The carrier of the group a naked exception was wrapped in (it has no traceback), or null. */
    private PyException wrappedCarrier;
    /** Carriers of orig and of the matched parts: thrown again by a bare {@code raise}, they re-raise. */
    private final Set<PyException> reraiseCarriers = Collections.newSetFromMap(new IdentityHashMap<>());

    private ExceptStar(PyException caught) {
        this.caught = caught;
        this.orig = caught.value();
        this.rest = orig;
        reraiseCarriers.add(caught);
        if (orig.carrier != null) {
            reraiseCarriers.add(orig.carrier);
        }
    }

    /** Entering the except* clauses for {@code caught}: it becomes the exception being handled. */
    public static ExceptStar begin(PyException caught) {
        caught.value().handledAtDepth = CallDepth.depth();
        ExcState.push(caught.value());
        return new ExceptStar(caught);
    }

    /**
     * {@code except* type}: checks the type, splits off the matching part of what is left
     * and returns it (the value bound by {@code as}), or null when nothing matches. A
     * matched part becomes the exception being handled.
     */
    public static PyObject match(ExceptStar s, PyObject type) {
        checkType(type);
        PyBaseException remaining = s.rest;
        if (remaining == null) {
            return null;
        }
        PyBaseException matched;
        if (instanceOf(remaining, type)) {
            if (remaining instanceof PyExceptionGroup) {
                matched = remaining;
            } else {
                // A naked exception is wrapped; the group has no traceback of its own.
                matched = PyExceptionGroup.create(PyExc.BaseExceptionGroup,
                        new PyObject[] {PyStr.of(""), PyTuple.of(remaining)});
            }
            s.rest = null;
        } else if (remaining instanceof PyExceptionGroup) {
            PyObject[] pair = splitPair(remaining, Ops.getAttr(remaining, "split").call1(type));
            matched = pair[0] == PyNone.INSTANCE ? null : (PyBaseException) pair[0];
            s.rest = pair[1] == PyNone.INSTANCE ? null : (PyBaseException) pair[1];
        } else {
            matched = null;
        }
        if (matched == null) {
            return null;
        }
        matched.handledAtDepth = CallDepth.depth();
        if (matched.carrier == null) {
            matched.carrier = new PyException(matched, new StackTraceElement[0]);
            s.wrappedCarrier = matched.carrier;
        }
        s.reraiseCarriers.add(matched.carrier);
        ExcState.pop();
        ExcState.push(matched);
        return matched;
    }

    /**
     * The (match, rest) a group's {@code split} returned. CPython 3.11 trusts an overriding
     * split and crashes on a bad result; this raises TypeError instead (the first two
     * messages are those later CPython versions use).
     */
    private static PyObject[] splitPair(PyBaseException group, PyObject result) {
        String name = group.type().name();
        if (!(result instanceof PyTuple tuple)) {
            throw PyErrors.typeError("%s.split must return a tuple, not %s", name, result.type().name());
        }
        if (tuple.size() != 2) {
            throw PyErrors.typeError("%s.split must return a 2-tuple, got tuple of size %d", name, tuple.size());
        }
        PyObject[] pair = tuple.toArray();
        for (PyObject part : pair) {
            if (part != PyNone.INSTANCE && !(part instanceof PyBaseException)) {
                throw PyErrors.typeError("%s.split must return exceptions or None, not %s", name, part.type().name());
            }
        }
        return pair;
    }

    /** CPython's {@code check_except_star_type_valid}. */
    private static void checkType(PyObject type) {
        if (type instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                checkOneType(tuple.get(i));
            }
        } else {
            checkOneType(type);
        }
    }

    private static void checkOneType(PyObject t) {
        if (!(t instanceof PyType type) || !type.isSubtypeOf(PyExc.BaseException)) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (type.isSubtypeOf(PyExc.BaseExceptionGroup)) {
            throw PyErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static boolean instanceOf(PyBaseException e, PyObject type) {
        if (type instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (e.isInstance((PyType) tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return e.isInstance((PyType) type);
    }

    /**
     * A clause body raised {@code thrown}: it is kept for {@link #finish}. Anything that is
     * not a Python exception ends the statement at once (the exception state is popped).
     */
    public static void handlerRaised(ExceptStar s, Throwable thrown) throws Throwable {
        if (!(thrown instanceof PyException p)) {
            ExcState.pop();
            throw thrown;
        }
        p.value().handledAtDepth = CallDepth.depth();
        s.raised.add(p);
    }

    /** Leaving the statement because a clause's type expression (or its check) raised. */
    public static void abandon() {
        ExcState.pop();
    }

    /**
     * After the last clause: the exception state is popped and the exception to re-raise
     * is returned, or null when everything was handled (CPython's
     * {@code _PyExc_PrepReraiseStar}). Re-raised parts of the original keep its traceback;
     * a new group of what the clauses raised gets none of this frame, as CPython's
     * RERAISE adds none.
     */
    public static PyException finish(ExceptStar s) {
        ExcState.pop();
        if (!(s.orig instanceof PyExceptionGroup origGroup)) {
            // A naked exception: at most one clause ran, so there is at most one thing to raise.
            if (!s.raised.isEmpty()) {
                PyException first = s.raised.get(0);
                // The wrapping group re-raised by a bare raise: its traceback starts in the caller.
                return first == s.wrappedCarrier ? carrierWithTraceback(first.value(), callerFrames()) : first;
            }
            return s.rest == null ? null : s.caught;
        }
        List<PyBaseException> raisedValues = new ArrayList<>();
        List<PyException> raisedCarriers = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyException p : s.raised) {
            PyBaseException v = p.value();
            if (s.reraiseCarriers.contains(p) && v.cause == s.orig.cause && v.context == s.orig.context) {
                reraised.add(v);
            } else {
                raisedValues.add(v);
                raisedCarriers.add(p);
            }
        }
        if (s.rest != null) {
            reraised.add(s.rest);
        }
        PyBaseException reraisedGroup = reraised.isEmpty() ? null : ExceptionGroupSplit.projection(origGroup, reraised);
        if (raisedValues.isEmpty()) {
            if (reraisedGroup == null) {
                return null;
            }
            return reraisedGroup.carrier != null ? reraisedGroup.carrier
                    : carrierWithTraceback(reraisedGroup, s.caught.getStackTrace());
        }
        if (reraisedGroup == null && raisedValues.size() == 1) {
            return raisedCarriers.get(0);
        }
        if (reraisedGroup != null) {
            raisedValues.add(reraisedGroup);
        }
        PyObject group = PyExc.BaseExceptionGroup.call(
                new PyObject[] {PyStr.of(""), new PyList(raisedValues.toArray(new PyObject[0]))}, null);
        return carrierWithTraceback((PyBaseException) group, callerFrames());
    }

    private static PyException carrierWithTraceback(PyBaseException value, StackTraceElement[] frames) {
        PyException carrier = new PyException(value, frames);
        value.carrier = carrier;
        return carrier;
    }

    /** The Java stack above the generated code that called into the runtime here. */
    private static StackTraceElement[] callerFrames() {
        StackTraceElement[] all = new Throwable().getStackTrace();
        int i = 0;
        while (i < all.length && all[i].getClassName().startsWith("dev.terrarium.runtime.")) {
            i++;
        }
        i++; // the frame running the try statement: RERAISE adds no traceback entry for it
        return i >= all.length ? new StackTraceElement[0] : java.util.Arrays.copyOfRange(all, i, all.length);
    }
}

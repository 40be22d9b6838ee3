package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BaseExceptionGroup and ExceptionGroup")
class ExceptionGroupTest {

    private static PyBaseException exc(PyType type, String message) {
        return PyExc.create(type, PyStr.of(message));
    }

    private static PyExceptionGroup group(PyType type, String message, PyObject... members) {
        return (PyExceptionGroup) type.call(new PyObject[] {PyStr.of(message), new PyList(members)}, null);
    }

    @Test
    void baseExceptionGroupOfExceptionsIsAnExceptionGroup() {
        PyExceptionGroup eg = group(PyExc.BaseExceptionGroup, "m", exc(PyExc.ValueError, "v"));
        assertSame(PyExc.ExceptionGroup, eg.type());
        PyExceptionGroup beg = group(PyExc.BaseExceptionGroup, "m", PyExc.create(PyExc.KeyboardInterrupt));
        assertSame(PyExc.BaseExceptionGroup, beg.type());
        assertTrue(PyExc.ExceptionGroup.isSubtypeOf(PyExc.Exception));
        assertTrue(PyExc.ExceptionGroup.isSubtypeOf(PyExc.BaseExceptionGroup));
    }

    @Test
    void constructorChecksItsArgumentsWithCPythonsMessages() {
        PyException e = assertThrows(PyException.class, () -> group(PyExc.ExceptionGroup, "m"));
        assertEquals("second argument (exceptions) must be a non-empty sequence", e.value().str());
        e = assertThrows(PyException.class, () -> group(PyExc.ExceptionGroup, "m", exc(PyExc.ValueError, "v"), PyInt.of(1)));
        assertEquals("Item 1 of second argument (exceptions) is not an exception", e.value().str());
        e = assertThrows(PyException.class, () -> group(PyExc.ExceptionGroup, "m", PyExc.create(PyExc.SystemExit)));
        assertSame(PyExc.TypeError, e.value().type());
        assertEquals("Cannot nest BaseExceptions in an ExceptionGroup", e.value().str());
    }

    @Test
    void strCountsTheMembers() {
        assertEquals("m (1 sub-exception)", group(PyExc.ExceptionGroup, "m", exc(PyExc.ValueError, "v")).str());
        assertEquals("m (2 sub-exceptions)",
                group(PyExc.ExceptionGroup, "m", exc(PyExc.ValueError, "v"), exc(PyExc.TypeError, "t")).str());
    }

    @Test
    void splitKeepsTheShapeAndCopiesTheMetadataOfEachRebuiltGroup() {
        PyBaseException v1 = exc(PyExc.ValueError, "1");
        PyBaseException t2 = exc(PyExc.TypeError, "2");
        PyBaseException v3 = exc(PyExc.ValueError, "3");
        PyExceptionGroup inner = group(PyExc.ExceptionGroup, "inner", t2, v3);
        PyExceptionGroup outer = group(PyExc.ExceptionGroup, "outer", v1, inner);
        PyBaseException cause = exc(PyExc.KeyError, "cause");
        outer.cause = cause;

        ExceptionGroupSplit.Result r = ExceptionGroupSplit.split(outer, ExceptionGroupSplit.matcher(PyExc.ValueError), true);
        PyExceptionGroup match = (PyExceptionGroup) r.match();
        PyExceptionGroup rest = (PyExceptionGroup) r.rest();
        assertEquals("ExceptionGroup('outer', [ValueError('1'), ExceptionGroup('inner', [ValueError('3')])])", match.repr());
        assertEquals("ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('2')])])", rest.repr());
        assertSame(v1, match.exceptions().get(0));
        assertSame(cause, match.cause);
        assertSame(cause, rest.cause);
        assertTrue(match.suppressContext);
    }

    @Test
    void aWholeMatchIsTheGroupItselfAndNoMatchIsNull() {
        PyExceptionGroup eg = group(PyExc.ExceptionGroup, "g", exc(PyExc.ValueError, "v"));
        assertSame(eg, ExceptionGroupSplit.split(eg, ExceptionGroupSplit.matcher(PyExc.Exception), true).match());
        ExceptionGroupSplit.Result none = ExceptionGroupSplit.split(eg, ExceptionGroupSplit.matcher(PyExc.OSError), true);
        assertNull(none.match());
        assertNotSame(eg, none.rest());
    }

    @Test
    void projectionKeepsTheLeavesOfTheGivenGroupsInTheOriginalsShape() {
        PyBaseException a = exc(PyExc.ValueError, "a");
        PyBaseException b = exc(PyExc.TypeError, "b");
        PyBaseException c = exc(PyExc.OSError, "c");
        PyExceptionGroup orig = group(PyExc.ExceptionGroup, "o", a, group(PyExc.ExceptionGroup, "i", b, c));
        PyExceptionGroup keepC = group(PyExc.ExceptionGroup, "other shape", c);
        PyBaseException projected = ExceptionGroupSplit.projection(orig, List.of(keepC, a));
        assertEquals("ExceptionGroup('o', [ValueError('a'), ExceptionGroup('i', [OSError('c')])])", projected.repr());
    }

    @Test
    void addNoteAppendsToNotesAndChecksTheType() {
        PyBaseException e = exc(PyExc.ValueError, "v");
        PyObject addNote = Ops.getAttr(e, "add_note");
        addNote.call1(PyStr.of("one"));
        addNote.call1(PyStr.of("two"));
        assertEquals("['one', 'two']", Ops.getAttr(e, "__notes__").repr());
        PyException err = assertThrows(PyException.class, () -> addNote.call1(PyInt.of(3)));
        assertEquals("note must be a str, not 'int'", err.value().str());
    }
}

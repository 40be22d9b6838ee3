package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MatchSupport: the run-time half of match statements")
class MatchSupportTest {

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static void raises(PyType type, String message, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(type, e.value().type());
        assertEquals(message, e.value().str());
    }

    @Test
    void onlyListsTuplesAndRangesAreSequences() {
        assertTrue(MatchSupport.isSequence(new PyList(new PyObject[] {i(1)})));
        assertTrue(MatchSupport.isSequence(PyTuple.EMPTY));
        assertFalse(MatchSupport.isSequence(s("ab")));
        assertFalse(MatchSupport.isSequence(new PyBytes(new byte[] {1})));
        assertFalse(MatchSupport.isSequence(new PyDict()));
        assertTrue(MatchSupport.isMapping(new PyDict()));
        assertFalse(MatchSupport.isMapping(PyTuple.EMPTY));
    }

    @Test
    void aNamedStarTakesTheMiddleAsANewList() {
        PyObject[] parts = MatchSupport.unpackStar(PyTuple.of(i(1), i(2), i(3), i(4)), 1, 1);
        assertEquals(3, parts.length);
        assertEquals("1", parts[0].repr());
        assertEquals("[2, 3]", parts[1].repr());
        assertSame(PyList.TYPE, parts[1].type());
        assertEquals("4", parts[2].repr());
        assertEquals("[]", MatchSupport.unpackStar(PyTuple.of(i(1), i(2)), 1, 1)[1].repr());
    }

    @Test
    void keysAreLookedUpOnceEachAndAMissingOneFailsTheMatch() {
        PyDict d = new PyDict();
        d.put(s("a"), i(1));
        d.put(i(1), s("one"));
        assertArrayEquals(new PyObject[] {i(1), s("one")}, MatchSupport.matchKeys(d, new PyObject[] {s("a"), PyBool.TRUE}));
        assertNull(MatchSupport.matchKeys(d, new PyObject[] {s("a"), s("b")}));
        raises(PyExc.ValueError, "mapping pattern checks duplicate key (True)",
                () -> MatchSupport.matchKeys(d, new PyObject[] {i(1), PyBool.TRUE}));
    }

    @Test
    void restIsANewDictWithoutTheMatchedKeys() {
        PyDict d = new PyDict();
        d.put(s("a"), i(1));
        d.put(s("b"), i(2));
        PyObject rest = MatchSupport.rest(d, new PyObject[] {s("a")});
        assertNotSame(d, rest);
        assertEquals("{'b': 2}", rest.repr());
        assertEquals(2, d.size());
    }

    @Test
    void builtinTypesMatchThemselvesForOnePositionalSubPattern() {
        assertArrayEquals(new PyObject[] {i(5)}, MatchSupport.matchClass(i(5), PyInt.TYPE, 1, null));
        assertNull(MatchSupport.matchClass(s("5"), PyInt.TYPE, 1, null));
        raises(PyExc.TypeError, "int() accepts 1 positional sub-pattern (2 given)",
                () -> MatchSupport.matchClass(i(5), PyInt.TYPE, 2, null));
        raises(PyExc.TypeError, "called match pattern must be a type",
                () -> MatchSupport.matchClass(i(5), i(5), 0, null));
    }

    @Test
    void keywordSubPatternsReadAttributesAndAMissingOneFailsTheMatch() {
        PyObject[] attrs = MatchSupport.matchClass(i(5), PyInt.TYPE, 0, new String[] {"real", "imag"});
        assertArrayEquals(new PyObject[] {i(5), i(0)}, attrs);
        assertNull(MatchSupport.matchClass(i(5), PyInt.TYPE, 0, new String[] {"nope"}));
        raises(PyExc.TypeError, "int() got multiple sub-patterns for attribute 'real'",
                () -> MatchSupport.matchClass(i(5), PyInt.TYPE, 0, new String[] {"real", "real"}));
    }
}

package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Ops: Python operator semantics")
class OpsTest {

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static String r(PyObject o) {
        return o.repr();
    }

    private static void raises(PyType type, String message, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(type, e.value().type());
        assertEquals(message, e.value().str());
    }

    @Nested
    @DisplayName("int")
    class Ints {
        @Test
        void additionOverflowsIntoBigInteger() {
            PyObject max = i(Long.MAX_VALUE);
            assertEquals("9223372036854775808", r(Ops.add(max, i(1))));
            assertEquals("-9223372036854775809", r(Ops.sub(i(Long.MIN_VALUE), i(1))));
            assertEquals("85070591730234615847396907784232501249", r(Ops.mul(max, max)));
        }

        @Test
        void bigResultsShrinkBackToLongs() {
            PyInt big = (PyInt) Ops.add(i(Long.MAX_VALUE), i(1));
            PyInt back = (PyInt) Ops.sub(big, i(1));
            assertTrue(back.isSmall());
            assertEquals(Long.MAX_VALUE, back.value);
        }

        @Test
        void floorDivisionAndModuloFollowTheDivisorSign() {
            assertEquals("-4", r(Ops.floordiv(i(-7), i(2))));
            assertEquals("1", r(Ops.mod(i(-7), i(2))));
            assertEquals("-1", r(Ops.mod(i(7), i(-2))));
            assertEquals("-4", r(Ops.floordiv(i(7), i(-2))));
            assertEquals("9223372036854775808", r(Ops.floordiv(i(Long.MIN_VALUE), i(-1))));
            assertEquals("0", r(Ops.mod(i(Long.MIN_VALUE), i(-1))));
        }

        @Test
        void powerIsExactAndNegativeExponentsGiveFloats() {
            assertEquals("1267650600228229401496703205376", r(Ops.pow(i(2), i(100))));
            assertEquals("0.25", r(Ops.pow(i(2), i(-2))));
            assertEquals("-27", r(Ops.pow(i(-3), i(3))));
        }

        @Test
        void trueDivisionIsCorrectlyRoundedForHugeOperands() {
            PyObject a = PyInt.of(BigInteger.TEN.pow(30).add(BigInteger.ONE));
            PyObject b = PyInt.of(BigInteger.TEN.pow(29));
            assertEquals("10.0", r(Ops.truediv(a, b)));
            assertEquals("0.3333333333333333", r(Ops.truediv(i(1), i(3))));
        }

        @Test
        void divisionByZeroRaisesWithCPythonsMessages() {
            raises(PyExc.ZeroDivisionError, "division by zero", () -> Ops.truediv(i(1), i(0)));
            raises(PyExc.ZeroDivisionError, "integer division or modulo by zero", () -> Ops.floordiv(i(1), i(0)));
            raises(PyExc.ZeroDivisionError, "integer modulo by zero", () -> Ops.mod(i(1), i(0)));
            raises(PyExc.ZeroDivisionError, "float division by zero", () -> Ops.truediv(new PyFloat(1), i(0)));
        }

        @Test
        void shifts() {
            assertEquals("1267650600228229401496703205376", r(Ops.lshift(i(1), i(100))));
            assertEquals("-1", r(Ops.rshift(i(-5), i(100))));
            raises(PyExc.ValueError, "negative shift count", () -> Ops.lshift(i(1), i(-1)));
        }
    }

    @Nested
    @DisplayName("hash and equality across numeric types")
    class Hashing {
        @Test
        void equalNumbersHashAlike() {
            assertEquals(Ops.hash(i(1)), Ops.hash(new PyFloat(1.0)));
            assertEquals(Ops.hash(i(1)), Ops.hash(PyBool.TRUE));
            assertEquals(Ops.hash(i(-1)), -2);
            PyObject big = Ops.pow(i(2), i(70));
            assertEquals(Ops.hash(big), Ops.hash(new PyFloat(Math.pow(2, 70))));
        }

        @Test
        void hashMatchesCPythonForKnownValues() {
            // python3 -c "print(hash(2**61), hash(-2**61+1), hash(0.5), hash(1.5))"
            assertEquals(1, Ops.hash(Ops.pow(i(2), i(61))));
            assertEquals(0, Ops.hash(Ops.add(Ops.neg(Ops.pow(i(2), i(61))), i(1))));
            assertEquals(1152921504606846976L, Ops.hash(new PyFloat(0.5)));
            assertEquals(1152921504606846977L, Ops.hash(new PyFloat(1.5)));
        }

        @Test
        void intFloatComparisonIsExact() {
            PyObject big = Ops.add(Ops.pow(i(2), i(53)), i(1));
            assertFalse(Ops.eq(big, new PyFloat(Math.pow(2, 53))));
            assertTrue(Ops.lessThan(new PyFloat(Math.pow(2, 53)), big));
            assertFalse(Ops.eq(new PyFloat(Double.NaN), new PyFloat(Double.NaN)));
        }
    }

    @Nested
    @DisplayName("sequences")
    class Sequences {
        @Test
        void strCountsCodePoints() {
            PyStr s = PyStr.of("a😀b");
            assertEquals(3, s.len());
            assertEquals("'😀'", r(s.getItem(i(1))));
            assertEquals("'b😀a'", r(s.getItem(new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, i(-1)))));
        }

        @Test
        void listIndexingAndSlicing() {
            PyList l = new PyList(new PyObject[] {i(1), i(2), i(3), i(4)});
            assertEquals("4", r(l.getItem(i(-1))));
            assertEquals("[2, 3]", r(l.getItem(new PySlice(i(1), i(3), PyNone.INSTANCE))));
            assertEquals("[4, 2]", r(l.getItem(new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, i(-2)))));
            raises(PyExc.IndexError, "list index out of range", () -> l.getItem(i(4)));
            l.setItem(new PySlice(i(1), i(3), PyNone.INSTANCE), new PyList(new PyObject[] {i(9)}));
            assertEquals("[1, 9, 4]", r(l));
        }

        @Test
        void recursiveListPrintsEllipsis() {
            PyList l = new PyList();
            l.append(l);
            assertEquals("[[...]]", r(l));
        }

        @Test
        void tupleRepr() {
            assertEquals("(1,)", r(PyTuple.of(i(1))));
            assertEquals("()", r(PyTuple.EMPTY));
            assertEquals("(1, 'a')", r(PyTuple.of(i(1), PyStr.of("a"))));
        }

        @Test
        void mixedOperandsRaiseTypeError() {
            raises(PyExc.TypeError, "unsupported operand type(s) for -: 'int' and 'str'", () -> Ops.sub(i(1), PyStr.of("a")));
            raises(PyExc.TypeError, "can only concatenate str (not \"int\") to str", () -> Ops.add(PyStr.of("a"), i(1)));
            raises(PyExc.TypeError, "'<' not supported between instances of 'int' and 'str'",
                    () -> Ops.lt(i(1), PyStr.of("a")));
        }

        @Test
        void repetition() {
            assertEquals("'ababab'", r(Ops.mul(PyStr.of("ab"), i(3))));
            assertEquals("[0, 0, 0]", r(Ops.mul(i(3), new PyList(new PyObject[] {i(0)}))));
            assertEquals("''", r(Ops.mul(PyStr.of("ab"), i(-1))));
        }
    }

    @Nested
    @DisplayName("dict")
    class Dicts {
        @Test
        void keepsInsertionOrderAndTreatsEqualNumbersAsOneKey() {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("b"), i(1));
            d.setItem(i(1), PyStr.of("int"));
            d.setItem(PyStr.of("a"), i(2));
            d.setItem(new PyFloat(1.0), PyStr.of("float"));
            assertEquals("{'b': 1, 1: 'float', 'a': 2}", r(d));
        }

        @Test
        void missingKeyRaisesKeyErrorShowingTheKeyRepr() {
            PyDict d = new PyDict();
            raises(PyExc.KeyError, "'x'", () -> d.getItem(PyStr.of("x")));
        }

        @Test
        void unhashableKey() {
            PyDict d = new PyDict();
            raises(PyExc.TypeError, "unhashable type: 'list'", () -> d.setItem(new PyList(), i(1)));
        }
    }
}

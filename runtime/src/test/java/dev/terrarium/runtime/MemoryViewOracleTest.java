package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * memoryview over random bytes: casts to every native format, multi-dimensional shapes,
 * strided slices, item reads and writes, tobytes/hex/tolist and value equality, each
 * compared with python3's answer for the same expression (see {@link Oracle}); and the
 * export rules of bytearray, which need no oracle.
 */
class MemoryViewOracleTest {

    private static final String[] FORMATS = {"B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
        "f", "d", "P", "@i", "e", "<i", "x"};
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 6, 8, 12, 16, 24};

    private static PyObject view(byte[] b) {
        return PyMemoryView.from(new PyBytes(b));
    }

    private static PyObject call(PyObject recv, String name, PyObject... args) {
        return Oracle.invoke(recv, name, args, null);
    }

    private static PyObject cast(PyObject m, String format) {
        return call(m, "cast", PyStr.of(format));
    }

    private static PyTuple shape(int... dims) {
        PyObject[] items = new PyObject[dims.length];
        for (int i = 0; i < dims.length; i++) {
            items[i] = PyInt.of(dims[i]);
        }
        return new PyTuple(items);
    }

    private static byte[] random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        if (rnd.nextInt(3) == 0) {
            for (int i = 0; i < n; i++) {
                b[i] = (byte) rnd.nextInt(3); // small values: booleans, equal items
            }
        }
        return b;
    }

    @Test
    void castsSlicesAndItemsAgreeWithCPython() {
        Random rnd = new Random(20261129);
        Oracle o = new Oracle();
        for (int round = 0; round < 120; round++) {
            byte[] bytes = random(rnd, LENGTHS[rnd.nextInt(LENGTHS.length)]);
            String f = FORMATS[rnd.nextInt(FORMATS.length)];
            String g = FORMATS[rnd.nextInt(FORMATS.length - 3)];
            String b = new PyBytes(bytes).repr();
            String mv = "memoryview(" + b + ").cast('" + f + "')";
            Supplier<PyObject> m = () -> cast(view(bytes), f);
            int step = rnd.nextInt(5) - 2;
            PyObject stepObj = step == 0 ? PyNone.INSTANCE : PyInt.of(step);
            int index = rnd.nextInt(9) - 4;
            o.add(mv + ".tolist()", () -> call(m.get(), "tolist"));
            o.add(mv + "[::" + stepObj.repr() + "].tolist()",
                    () -> call(m.get().getItem(new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, stepObj)), "tolist"));
            o.add(mv + "[::" + stepObj.repr() + "].tobytes()",
                    () -> call(m.get().getItem(new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, stepObj)), "tobytes"));
            o.add(mv + "[" + index + "]", () -> m.get().getItem(PyInt.of(index)));
            o.add("(lambda v: (v.nbytes, v.itemsize, v.format, v.ndim, v.shape, v.strides, v.c_contiguous, len(v)))("
                    + mv + ")", () -> {
                        PyObject v = m.get();
                        return new PyTuple(new PyObject[] {v.getAttr("nbytes"), v.getAttr("itemsize"), v.getAttr("format"),
                            v.getAttr("ndim"), v.getAttr("shape"), v.getAttr("strides"), v.getAttr("c_contiguous"),
                            PyInt.of(v.len())});
                    });
            o.add(mv + ".cast('" + g + "').tolist()", () -> call(cast(m.get(), g), "tolist"));
            int rows = 1 + rnd.nextInt(3);
            int cols = bytes.length / rows;
            o.add("memoryview(" + b + ").cast('" + g + "', (" + rows + ", " + cols + ")).tolist()",
                    () -> call(view(bytes), "cast", PyStr.of(g), shape(rows, cols)).getAttr("tolist").call0());
            o.add("memoryview(" + b + ").cast('B', [" + rows + ", " + cols + "])[" + (rows - 1) + ", 0]",
                    () -> call(view(bytes), "cast", PyStr.of("B"), shape(rows, cols)).getItem(shape(rows - 1, 0)));
            byte[] other = rnd.nextBoolean() ? bytes.clone() : random(rnd, bytes.length);
            String h = FORMATS[rnd.nextInt(FORMATS.length)];
            o.add(mv + " == memoryview(" + new PyBytes(other).repr() + ").cast('" + h + "')",
                    () -> PyBool.of(Ops.eq(m.get(), cast(view(other), h))));
            int per = rnd.nextInt(7) - 3;
            o.add(mv + ".hex('-', " + per + ")", () -> call(m.get(), "hex", PyStr.of("-"), PyInt.of(per)));
            long value = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(600) - 300;
            PyObject item = rnd.nextInt(4) == 0 ? new PyFloat(value / 4.0) : PyInt.of(value);
            o.add("(lambda v: (v.__setitem__(0, " + item.repr() + "), v.tolist())[1])(memoryview(bytearray(" + b
                    + ")).cast('" + f + "'))", () -> {
                        PyObject v = cast(PyMemoryView.from(new PyByteArray(bytes.clone())), f);
                        v.setItem(PyInt.of(0), item);
                        return call(v, "tolist");
                    });
        }
        o.check();
    }

    @Test
    void aBytearrayWithExportsCannotBeResizedUntilEveryViewIsReleased() {
        PyByteArray ba = new PyByteArray(new byte[] {1, 2, 3, 4});
        PyMemoryView m = PyMemoryView.from(ba);
        PyObject slice = m.getItem(new PySlice(PyInt.of(1), PyNone.INSTANCE, PyNone.INSTANCE));
        PyException e = assertThrows(PyException.class, () -> call(ba, "append", PyInt.of(5)));
        assertSame(PyExc.BufferError, e.value().type());
        assertEquals("Existing exports of data: object cannot be re-sized", e.value().str());
        ba.setItem(PyInt.of(1), PyInt.of(9)); // same size: allowed, and seen through both views
        assertEquals(9L, ((PyInt) slice.getItem(PyInt.of(0))).value);
        call(m, "release");
        assertThrows(PyException.class, () -> call(ba, "append", PyInt.of(5)));
        call(slice, "release");
        call(ba, "append", PyInt.of(5));
        assertEquals(5L, ba.len());
        PyException released = assertThrows(PyException.class, () -> m.getItem(PyInt.of(0)));
        assertEquals("operation forbidden on released memoryview object", released.value().str());
    }

    @Test
    void castAndToListRespectTheAllocationBudget() {
        long saved = Budget.heapBytes();
        try {
            Budget.setHeapBytes(1 << 20); // one object may take 256 KiB
            PyByteArray big = new PyByteArray(new byte[200_000]);
            PyMemoryView m = PyMemoryView.from(big);
            PyException e = assertThrows(PyException.class, () -> call(m, "tolist"));
            assertSame(PyExc.MemoryError, e.value().type());
            assertThrows(PyException.class, () -> call(m, "hex"));
            assertEquals(200_000, ((PyBytes) call(m, "tobytes")).length());
        } finally {
            Budget.setHeapBytes(saved);
        }
    }
}

package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The compact table behind dict against {@link LinkedHashMap}, the insertion-ordered map it
 * replaced: after any sequence of puts, removes, popitems and clears both hold the same
 * entries in the same order, and entry numbers stay valid while the key stays.
 */
class DictStorageTest {
    /** One operation: 0 put, 1 remove, 2 popitem, 3 clear (rare); keys from a small range so they collide and repeat. */
    record Step(int op, int key, int value) {}

    @Provide
    Arbitrary<List<Step>> programs() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(60, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(30, Arbitraries.just(1)),
                        net.jqwik.api.Tuple.of(8, Arbitraries.just(2)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(3)))
                .flatMap(op -> Arbitraries.integers().between(-40, 200).flatMap(k -> Arbitraries.integers().between(0, 9)
                        .map(v -> new Step(op, k, v))));
        return step.list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void behavesLikeAnInsertionOrderedMap(@ForAll("programs") List<Step> program) {
        PyDict dict = new PyDict();
        LinkedHashMap<Long, Long> model = new LinkedHashMap<>();
        for (Step s : program) {
            PyInt key = PyInt.of(s.key());
            switch (s.op()) {
                case 0 -> {
                    dict.put(key, PyInt.of(s.value()));
                    model.put((long) s.key(), (long) s.value());
                }
                case 1 -> {
                    PyObject old = dict.remove(key);
                    Long expected = model.remove((long) s.key());
                    assertEquals(expected, old == null ? null : ((PyInt) old).value);
                }
                case 2 -> {
                    int last = dict.previousEntry(Integer.MAX_VALUE);
                    if (model.isEmpty()) {
                        assertEquals(-1, last);
                    } else {
                        Long lastKey = new ArrayList<>(model.keySet()).get(model.size() - 1);
                        assertEquals(lastKey, ((PyInt) dict.keyAt(last)).value);
                        dict.remove(dict.keyAt(last));
                        model.remove(lastKey);
                    }
                }
                default -> {
                    dict.clear();
                    model.clear();
                }
            }
            assertEquals(model.size(), dict.size());
        }
        List<Long> keys = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : dict.entries().entrySet()) {
            keys.add(((PyInt) e.getKey()).value);
            values.add(((PyInt) e.getValue()).value);
        }
        assertEquals(new ArrayList<>(model.keySet()), keys);
        assertEquals(new ArrayList<>(model.values()), values);
        for (Map.Entry<Long, Long> e : model.entrySet()) {
            int ix = dict.entryOf(PyInt.of(e.getKey()));
            assertEquals(e.getKey(), ((PyInt) dict.keyAt(ix)).value);
            assertEquals(e.getValue(), ((PyInt) dict.valueAt(ix)).value);
        }
    }

    @Test
    void entryNumbersFindTheKeyUntilItIsRemoved() {
        PyDict d = new PyDict();
        PyStr x = PyStr.of("x");
        PyStr y = PyStr.of("yy");
        int ix = d.putEntry(x, PyInt.of(1));
        int iy = d.putEntry(y, PyInt.of(2));
        assertSame(x, d.keyAt(ix));
        assertSame(y, d.keyAt(iy));
        d.setValueAt(iy, PyInt.of(3));
        assertEquals(3, ((PyInt) d.get(PyStr.of("yy"))).value);
        d.remove(x);
        assertNull(d.keyAt(ix));
        assertNull(d.keyAt(1000));
        assertEquals(iy, d.entryOf(PyStr.of("yy")));
    }

    @Test
    void aValueChangeIsSeenByGlobalCachesButAnIteratorGoesOn() {
        PyDict d = new PyDict();
        d.put(PyStr.of("a"), PyInt.of(1));
        PyObject it = d.iter();
        long before = d.mutations();
        d.setValueAt(d.entryOf(PyStr.of("a")), PyInt.of(2));
        assertEquals(before + 1, d.mutations());
        assertEquals("a", ((PyStr) it.next()).value());
        assertNull(it.next());
    }

    @Test
    void insertingAndPoppingTheLastEntryForeverStillLeavesLookupsAnEnd() {
        // Each pop gives the trailing entry number back; the index slot it used stays a
        // tombstone, so without a resize the index would fill up and a miss would probe forever.
        PyDict d = new PyDict();
        d.put(PyInt.of(-1), PyInt.of(0));
        for (int i = 0; i < 10_000; i++) {
            d.put(PyInt.of(i), PyInt.of(i));
            d.remove(PyInt.of(i));
            assertNull(d.get(PyInt.of(-2)));
        }
        assertEquals(1, d.size());
    }

    @Test
    void copyKeepsOrderAndIsIndependent() {
        PyDict d = new PyDict();
        for (int i = 0; i < 50; i++) {
            d.put(PyInt.of(i), PyInt.of(i * i));
        }
        for (int i = 0; i < 50; i += 3) {
            d.remove(PyInt.of(i));
        }
        PyDict c = new PyDict();
        c.copyFrom(d);
        d.put(PyInt.of(1000), PyInt.of(0));
        c.put(PyInt.of(-1), PyInt.of(0));
        List<PyObject> dk = new ArrayList<>(d.entries().keySet());
        List<PyObject> ck = new ArrayList<>(c.entries().keySet());
        assertEquals(dk.subList(0, dk.size() - 1), ck.subList(0, ck.size() - 1));
        assertEquals(PyInt.of(1000), dk.get(dk.size() - 1));
        assertEquals(PyInt.of(-1), ck.get(ck.size() - 1));
    }
}

package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code id()}: stable for an object, distinct between live objects, even equal ones. */
class ObjectIdsTest {

    @Test
    void idIsStableAndDistinctBetweenLiveObjects() {
        PyObject[] live = new PyObject[5000];
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < live.length; i++) {
            live[i] = new PyList(); // equal to each other, but distinct objects
            ids.add(ObjectIds.id(live[i]));
        }
        assertEquals(live.length, ids.size());
        for (PyObject o : live) {
            assertEquals(ObjectIds.id(o), ObjectIds.id(o));
        }
        assertEquals(ObjectIds.id(PyNone.INSTANCE), ObjectIds.id(PyNone.INSTANCE));
        assertNotEquals(ObjectIds.id(live[0]), ObjectIds.id(live[1]));
    }

    @Test
    void theBuiltinReturnsAnInt() {
        PyObject x = new PyTuple(new PyObject[] {PyInt.of(1)});
        PyObject id = Builtins.DICT.get(PyStr.of("id")).call1(x);
        assertEquals(PyInt.TYPE, id.type());
        assertEquals(id.repr(), Builtins.DICT.get(PyStr.of("id")).call1(x).repr());
    }
}

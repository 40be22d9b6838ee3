package dev.terrarium.runtime.indy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/** The inline caches of runtime.indy see every change that would change the answer. */
class InlineCacheTest {
    private static PyType newClass(String name, PyType... bases) {
        return PyType.newClass(PyType.TYPE, name, name, bases, new PyDict());
    }

    private static MethodHandle site(CallSiteFactory factory, MethodType type, String name) throws Throwable {
        return factory.make(MethodHandles.lookup(), "op", type, name).dynamicInvoker();
    }

    @FunctionalInterface
    private interface CallSiteFactory {
        java.lang.invoke.CallSite make(MethodHandles.Lookup l, String op, MethodType t, String name) throws Throwable;
    }

    @Test
    void aChangeToABaseChangesTheVersionOfEverySubclass() {
        PyType base = newClass("Base");
        PyType mid = newClass("Mid", base);
        PyType leaf = newClass("Leaf", mid);
        PyType other = newClass("Other");
        long leafBefore = leaf.version();
        long otherBefore = other.version();
        base.setAttr("x", PyInt.of(1));
        assertNotEquals(leafBefore, leaf.version());
        assertEquals(otherBefore, other.version());
        long midBefore = mid.version();
        leaf.setAttr("y", PyInt.of(2));
        assertEquals(midBefore, mid.version(), "a change to a subclass leaves its bases alone");
    }

    @Test
    void attributeSiteSeesClassAttributesAddedAndShadowedLater() throws Throwable {
        MethodHandle get = site(GetAttrSite::bootstrap, MethodType.methodType(PyObject.class, PyObject.class), "v");
        PyType cls = newClass("C");
        PyInstance obj = new PyInstance(cls);
        assertThrows(PyException.class, () -> { PyObject r = (PyObject) get.invokeExact((PyObject) obj); });
        cls.setAttr("v", PyInt.of(1));
        assertEquals(PyInt.of(1), (PyObject) get.invokeExact((PyObject) obj));
        obj.setAttr("v", PyInt.of(2));
        assertEquals(PyInt.of(2), (PyObject) get.invokeExact((PyObject) obj));
        obj.delAttr("v");
        cls.setAttr("v", PyInt.of(3));
        assertEquals(PyInt.of(3), (PyObject) get.invokeExact((PyObject) obj));
    }

    @Test
    void globalSiteSeesRebindingShadowingAndDeletion() throws Throwable {
        MethodHandle load = site(GlobalSite::bootstrap, MethodType.methodType(PyObject.class, PyDict.class), "len");
        PyDict globals = new PyDict();
        PyObject builtinLen = Builtins.DICT.get(PyStr.of("len"));
        assertSame(builtinLen, (PyObject) load.invokeExact(globals));
        globals.put(PyStr.of("len"), PyInt.of(7));
        assertEquals(PyInt.of(7), (PyObject) load.invokeExact(globals));
        globals.put(PyStr.of("len"), PyInt.of(8));
        assertEquals(PyInt.of(8), (PyObject) load.invokeExact(globals));
        globals.remove(PyStr.of("len"));
        assertSame(builtinLen, (PyObject) load.invokeExact(globals));
        PyDict otherModule = new PyDict();
        otherModule.put(PyStr.of("len"), PyInt.of(9));
        assertEquals(PyInt.of(9), (PyObject) load.invokeExact(otherModule));
    }
}

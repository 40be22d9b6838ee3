package dev.terrarium.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code id(o)}: a number that stays the same for an object's lifetime and differs between
 * live objects, as CPython's address does. The JVM moves objects, so ids come from a
 * counter, handed out on first request and remembered through weak references (a dead
 * object's entry is dropped; its id is never reused, unlike a CPython address).
 */
final class ObjectIds {
    private ObjectIds() {}

    /** Ids look like CPython's: large, 16-aligned numbers. */
    private static final long BASE = 0x7f0000000000L;

    private static final class Entry extends WeakReference<PyObject> {
        final long id;
        final int hash;

        Entry(PyObject o, long id, int hash, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.id = id;
            this.hash = hash;
        }
    }

    private static final Map<Integer, List<Entry>> TABLE = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static long counter;

    static long id(PyObject o) {
        purge();
        int h = System.identityHashCode(o);
        List<Entry> bucket = TABLE.computeIfAbsent(h, k -> new ArrayList<>(1));
        for (Entry e : bucket) {
            if (e.get() == o) {
                return e.id;
            }
        }
        long id = BASE + 16 * ++counter;
        bucket.add(new Entry(o, id, h, QUEUE));
        return id;
    }

    private static void purge() {
        for (Reference<? extends PyObject> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            Entry e = (Entry) r;
            List<Entry> bucket = TABLE.get(e.hash);
            if (bucket != null) {
                bucket.remove(e);
                if (bucket.isEmpty()) {
                    TABLE.remove(e.hash);
                }
            }
        }
    }
}

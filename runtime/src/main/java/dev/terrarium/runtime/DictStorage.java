package dev.terrarium.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The hash table of {@link PyDict}, as its base class so that no further object stands
 * between a dict and its entries: CPython's compact, insertion-ordered layout
 * ({@code Objects/dictobject.c}). Entries are appended in insertion order to one array of
 * key-value pairs, with their hashes beside; an open-addressing index of entry numbers,
 * probed as CPython probes, finds them. A deleted entry leaves a hole (null key) until the
 * next resize compacts the arrays.
 *
 * <p>Why not a {@link java.util.LinkedHashMap}: a stable entry number lets attribute sites
 * remember where a name was found ({@link #keyAt}, {@link #valueAt}, {@link #setValueAt}),
 * so {@code self.x} on instances built alike is an identity test and an array load; no node
 * is allocated per entry; and a key and its value share a cache line.
 *
 * <p>Keys are compared as Python compares them ({@link PyObject#equals}, which may run guest
 * {@code __eq__}). Guest code that mutates the table from {@code __eq__} gets a consistent
 * table but possibly a stale answer; no array is read out of bounds, because each operation
 * works on the arrays it started with.
 */
abstract class DictStorage extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_INDEX = 8;
    private static final int[] NO_INDEX = new int[0];
    private static final PyObject[] NO_PAIRS = new PyObject[0];
    private static final int[] NO_HASHES = new int[0];

    /** Open-addressing table of entry numbers, EMPTY or DUMMY; length a power of two, or 0. */
    private int[] index = NO_INDEX;
    private int[] hashes = NO_HASHES;
    /** Entry {@code i}'s key at {@code 2i}, its value at {@code 2i + 1}; a hole has a null key. */
    private PyObject[] pairs = NO_PAIRS;
    /** Entries appended so far, holes included. */
    private int used;
    /** Live entries. */
    private int live;
    /**
     * Index slots that are not EMPTY (live or DUMMY). Kept below the index's length, so that
     * every probe sequence meets an EMPTY slot and a lookup of a missing key ends; {@code used}
     * cannot bound it alone, because trailing holes are given back.
     */
    private int fill;
    private Map<PyObject, PyObject> view;

    private static int indexSizeFor(int entries) {
        int n = MIN_INDEX;
        while (usable(n) < entries) {
            n <<= 1;
        }
        return n;
    }

    /** Entries an index of {@code n} slots holds: two thirds, as CPython's USABLE_FRACTION. */
    private static int usable(int n) {
        return (n << 1) / 3;
    }

    private void allocate(int indexSize) {
        index = new int[indexSize];
        Arrays.fill(index, EMPTY);
        int capacity = usable(indexSize);
        hashes = new int[capacity];
        pairs = new PyObject[2 * capacity];
        used = 0;
        live = 0;
        fill = 0;
    }

    // ---- by entry number (for inline caches and iterators) ----------------------------

    /** The key of entry {@code i} (not negative), or null for a hole or a number out of range. */
    public final PyObject keyAt(int i) {
        PyObject[] p = pairs;
        int k = i << 1;
        return k >= 0 && k < p.length ? p[k] : null;
    }

    /** The value of entry {@code i}, whose {@link #keyAt key} was just seen. */
    public final PyObject valueAt(int i) {
        return pairs[(i << 1) + 1];
    }

    /** Replaces the value of entry {@code i}, whose {@link #keyAt key} was just seen. */
    final void storeValueAt(int i, PyObject value) {
        pairs[(i << 1) + 1] = value;
    }

    /** The first live entry number at or after {@code i}, or -1 when there is none. */
    final int nextEntry(int i) {
        PyObject[] p = pairs;
        int end = Math.min(used, p.length >> 1);
        for (; i < end; i++) {
            if (p[i << 1] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry number at or before {@code i}, or -1 when there is none. */
    final int previousEntry(int i) {
        PyObject[] p = pairs;
        for (i = Math.min(i, Math.min(used, p.length >> 1) - 1); i >= 0; i--) {
            if (p[i << 1] != null) {
                return i;
            }
        }
        return -1;
    }

    // ---- the table ------------------------------------------------------------------

    /** Live entries. */
    final int tableSize() {
        return live;
    }

    /** The entry number of {@code key}, or -1. */
    final int findEntry(PyObject key) {
        return findEntry(key, key.hashCode());
    }

    private int findEntry(PyObject key, int h) {
        int[] idx = index;
        if (idx.length == 0) {
            return -1;
        }
        PyObject[] p = pairs;
        int[] hs = hashes;
        int mask = idx.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject candidate = p[ix << 1];
                if (candidate == key || (hs[ix] == h && candidate != null && candidate.equals(key))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** The value stored under {@code key}, or null. */
    final PyObject tableGet(PyObject key) {
        int ix = findEntry(key);
        return ix >= 0 ? pairs[(ix << 1) + 1] : null;
    }

    /** Stores {@code value} under {@code key}; returns the entry number the key now has. */
    final int tablePut(PyObject key, PyObject value) {
        int h = key.hashCode();
        int ix = findEntry(key, h);
        if (ix >= 0) {
            pairs[(ix << 1) + 1] = value;
            return ix;
        }
        if (used == hashes.length || fill >= hashes.length) {
            resize(live + 1);
        }
        int entry = used++;
        hashes[entry] = h;
        pairs[entry << 1] = key;
        pairs[(entry << 1) + 1] = value;
        live++;
        insertIndex(entry, h);
        return entry;
    }

    /** Rebuilds the arrays without holes, sized for at least {@code needed} entries and growth. */
    private void resize(int needed) {
        int[] oldHashes = hashes;
        PyObject[] oldPairs = pairs;
        int oldUsed = used;
        // CPython's GROWTH_RATE: room for three times the live entries
        allocate(indexSizeFor(Math.max(needed, live * 3)));
        int n = 0;
        for (int i = 0; i < oldUsed; i++) {
            PyObject key = oldPairs[i << 1];
            if (key != null) {
                hashes[n] = oldHashes[i];
                pairs[n << 1] = key;
                pairs[(n << 1) + 1] = oldPairs[(i << 1) + 1];
                insertIndex(n, oldHashes[i]);
                n++;
            }
        }
        used = n;
        live = n;
    }

    private void insertIndex(int entry, int h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = h & mask;
        int perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        if (idx[i] == EMPTY) {
            fill++;
        }
        idx[i] = entry;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    final PyObject tableRemove(PyObject key) {
        int ix = findEntry(key);
        return ix < 0 ? null : removeEntry(ix);
    }

    private PyObject removeEntry(int ix) {
        PyObject old = pairs[(ix << 1) + 1];
        int[] idx = index;
        int mask = idx.length - 1;
        int h = hashes[ix];
        int i = h & mask;
        int perturb = h;
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        idx[i] = DUMMY;
        pairs[ix << 1] = null;
        pairs[(ix << 1) + 1] = null;
        live--;
        // Trailing holes are given back, so that popitem() stays O(1) as in CPython.
        while (used > 0 && pairs[(used - 1) << 1] == null) {
            used--;
        }
        return old;
    }

    /** Makes this (empty) table a copy of {@code other}'s, holes and order included. */
    final void tableCopyOf(DictStorage other) {
        index = other.index.clone();
        hashes = other.hashes.clone();
        pairs = other.pairs.clone();
        used = other.used;
        live = other.live;
        fill = other.fill;
    }

    /** Removes every entry. */
    final void tableClear() {
        index = NO_INDEX;
        hashes = NO_HASHES;
        pairs = NO_PAIRS;
        used = 0;
        live = 0;
        fill = 0;
    }

    // ---- java.util.Map view -----------------------------------------------------------

    /**
     * The entries as a {@link Map} for Java code (iteration in insertion order). It reads and
     * writes the table directly, bypassing the dict's counters: code that changes a dict
     * through it must be code that no guest iterator or cache can observe mid-change, or use
     * the dict's own methods instead.
     */
    final Map<PyObject, PyObject> mapView() {
        if (view == null) {
            view = new MapView();
        }
        return view;
    }

    private final class MapView extends AbstractMap<PyObject, PyObject> {
        @Override
        public int size() {
            return live;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof PyObject p && findEntry(p) >= 0;
        }

        @Override
        public PyObject get(Object key) {
            return key instanceof PyObject p ? tableGet(p) : null;
        }

        @Override
        public PyObject put(PyObject key, PyObject value) {
            PyObject old = tableGet(key);
            onPut(key, value);
            return old;
        }

        @Override
        public PyObject remove(Object key) {
            return key instanceof PyObject p ? onRemove(p) : null;
        }

        @Override
        public void clear() {
            onClear();
        }

        @Override
        public Set<Map.Entry<PyObject, PyObject>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return live;
                }

                @Override
                public Iterator<Map.Entry<PyObject, PyObject>> iterator() {
                    return new EntryIterator();
                }
            };
        }
    }

    /** What a put through {@link #mapView} does: the dict's own put, with its counters. */
    abstract void onPut(PyObject key, PyObject value);

    /** What a remove through {@link #mapView} does. */
    abstract PyObject onRemove(PyObject key);

    /** What a clear through {@link #mapView} does. */
    abstract void onClear();

    /** Iterates live entries in insertion order; {@code remove} deletes the last one returned. */
    private final class EntryIterator implements Iterator<Map.Entry<PyObject, PyObject>> {
        private int next = nextEntry(0);
        private PyObject lastKey;

        @Override
        public boolean hasNext() {
            return next >= 0;
        }

        @Override
        public Map.Entry<PyObject, PyObject> next() {
            if (next < 0) {
                throw new NoSuchElementException();
            }
            Entry e = new Entry(next);
            lastKey = e.key;
            next = nextEntry(next + 1);
            return e;
        }

        @Override
        public void remove() {
            if (lastKey == null) {
                throw new IllegalStateException();
            }
            onRemove(lastKey);
            lastKey = null;
        }
    }

    /** A view of one entry; {@code setValue} writes through while the key is still there. */
    private final class Entry implements Map.Entry<PyObject, PyObject> {
        private final int ix;
        private final PyObject key;

        Entry(int ix) {
            this.ix = ix;
            this.key = keyAt(ix);
        }

        @Override
        public PyObject getKey() {
            return key;
        }

        @Override
        public PyObject getValue() {
            return keyAt(ix) == key ? valueAt(ix) : tableGet(key);
        }

        @Override
        public PyObject setValue(PyObject value) {
            PyObject old = getValue();
            onPut(key, value);
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ Objects.hashCode(getValue());
        }
    }
}

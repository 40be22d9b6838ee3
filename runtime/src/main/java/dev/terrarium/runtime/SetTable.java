package dev.terrarium.runtime;

/**
 * The open-addressing hash table behind {@code set} and {@code frozenset}, laid out as
 * CPython's {@code Objects/setobject.c} lays it out (linear probes of 9, then perturbed
 * jumps; fill/used accounting; resize rules), so that iteration order — which walks the
 * table slot by slot — is CPython's wherever the hashes are CPython's (ints, floats,
 * tuples of those).
 *
 * <p>A slot is empty when its key is null, a dummy (deleted) when its key is {@link #DUMMY}
 * and its hash -1, else active. Hashes are never -1 for real keys.
 */
final class SetTable {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's {@code dummy}). */
    static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    PyObject[] keys = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots. */
    int used;
    /** Where {@code pop} looks next. */
    int finger;

    int size() {
        return used;
    }

    boolean isActive(int i) {
        PyObject k = keys[i];
        return k != null && k != DUMMY;
    }

    private static boolean sameKey(PyObject stored, PyObject key) {
        return stored == key || Ops.eq(stored, key);
    }

    /** Compare CPython {@code set_add_entry}; returns true when the key was added. */
    boolean add(PyObject key, long hash) {
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = keys[j];
                    long h = hashes[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (h == hash && !(k == DUMMY)) {
                        if (sameKey(k, key)) {
                            return false;
                        }
                        if (table != keys || keys[j] != k) {
                            restart = true;
                            break search;
                        }
                    } else if (k == DUMMY) {
                        // CPython 3.11 keeps the last dummy seen before the empty slot (measured).
                        freeslot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return false;
            }
        }
    }

    /** Compare CPython {@code set_lookkey}: the slot holding {@code key}, or -1. */
    int find(PyObject key, long hash) {
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = keys[j];
                    if (k == null) {
                        return -1;
                    }
                    long h = hashes[j];
                    if (h == hash && !(k == DUMMY)) {
                        if (sameKey(k, key)) {
                            return j;
                        }
                        if (table != keys || keys[j] != k) {
                            restart = true;
                            break outer;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    boolean contains(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    /** Compare CPython {@code set_discard_entry}; true when the key was present. */
    boolean discard(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Compare CPython {@code set_insert_clean}: no dummies, key known absent. */
    private static void insertClean(PyObject[] keys, long[] hashes, int mask, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Compare CPython {@code set_table_resize}. */
    void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Budget.checkElements(newSize * 2);
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = (int) newSize;
        PyObject[] newKeys = new PyObject[n];
        long[] newHashes = new long[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && !(oldKeys[i] == DUMMY)) {
                insertClean(newKeys, newHashes, n - 1, oldKeys[i], oldHashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = n - 1;
        fill = used;
    }

    /** Compare CPython {@code set_clear_internal}. */
    void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** Compare CPython {@code set_merge}: adds every key of {@code other}. */
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, other.keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, other.hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                if (other.isActive(i)) {
                    insertClean(keys, hashes, mask, other.keys[i], other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            if (other.isActive(i)) {
                add(other.keys[i], other.hashes[i]);
            }
        }
    }

    /** Compare CPython {@code set_pop} (without the empty check). */
    PyObject pop() {
        int i = finger & mask;
        while (!isActive(i)) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Swaps contents with {@code other} (CPython's {@code set_swap_bodies}, without the hash). */
    void swap(SetTable other) {
        PyObject[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
    }
}

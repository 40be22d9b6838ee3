package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyType;
import java.util.Arrays;

/**
 * The inline cache of one attribute site: what a lookup of the site's name found on up to
 * {@link GuardChain#LIMIT} receiver types, each entry guarded by the type's identity, the
 * receiver's Java class and the type's {@linkplain PyType#version() version} (which changes
 * when the class or a base gains, loses or rebinds an attribute). A site that sees more
 * types, or whose types keep changing, stops caching ("megamorphic") and always takes the
 * generic path.
 */
final class TypeCache {
    /** Re-lookups (new types or changed versions) a site may make before it stops caching. */
    private static final int MAX_MISSES = 16;

    /** One cached lookup result; {@code value} and {@code kind} mean what the site says. */
    static final class Entry {
        final PyType type;
        final long version;
        final Class<?> javaClass;
        final PyObject value;
        final int kind;

        Entry(PyType type, Class<?> javaClass, PyObject value, int kind) {
            this.type = type;
            this.version = type.version();
            this.javaClass = javaClass;
            this.value = value;
            this.kind = kind;
        }
    }

    private static final Entry[] NONE = new Entry[0];

    private Entry[] entries = NONE;
    /** {@code entries[0]}, or null. */
    private Entry first;
    private int misses;
    private boolean megamorphic;

    /** The valid entry for {@code o} of type {@code t}, or null (then {@link #install} a fresh one). */
    Entry find(PyObject o, PyType t) {
        // The first entry is checked inline: most sites only ever see one type.
        Entry e = first;
        if (e != null && e.type == t && e.javaClass == o.getClass()) {
            return e.version == t.version() ? e : null;
        }
        return findOthers(o, t);
    }

    private Entry findOthers(PyObject o, PyType t) {
        for (Entry e : entries) {
            if (e.type == t && e.javaClass == o.getClass()) {
                return e.version == t.version() ? e : null;
            }
        }
        return null;
    }

    /** Whether the site still caches: then it should compute an entry for the missed receiver. */
    boolean caching() {
        return !megamorphic;
    }

    /** Records a fresh entry (or null when that receiver cannot be cached), replacing a stale one of the same type. */
    void install(Entry fresh) {
        if (megamorphic) {
            return;
        }
        if (++misses > MAX_MISSES) {
            megamorphic = true;
            entries = NONE;
            first = null;
            return;
        }
        if (fresh == null) {
            return;
        }
        Entry[] kept = Arrays.stream(entries)
                .filter(e -> !(e.type == fresh.type && e.javaClass == fresh.javaClass))
                .toArray(Entry[]::new);
        if (kept.length >= GuardChain.LIMIT) {
            megamorphic = true;
            entries = NONE;
            first = null;
            return;
        }
        Entry[] next = Arrays.copyOf(kept, kept.length + 1);
        next[kept.length] = fresh;
        entries = next;
        first = next[0];
    }
}

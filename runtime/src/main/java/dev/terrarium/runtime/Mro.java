package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization of a new class's bases (compare CPython {@code mro_implementation}). */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType cls, PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.mro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErrors.typeError("duplicate base class %s", bases[i].name());
                }
            }
        }
        List<PyType> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : sequences) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython's set_mro_error: the heads of what is left to merge, each once
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> seq : sequences) {
                    heads.add(seq.get(0).name());
                }
                String names = String.join(", ", heads);
                throw PyErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
            }
            result.add(candidate);
            for (List<PyType> seq : sequences) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }
}

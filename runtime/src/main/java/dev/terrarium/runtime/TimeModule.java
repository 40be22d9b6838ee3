package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;

/**
 * The {@code time} module's clocks, each one request to the controller (the child has no
 * clock of its own): {@code time} and {@code time_ns} (TIME), {@code monotonic},
 * {@code perf_counter} and their {@code _ns} forms (MONOTONIC), {@code sleep} (SLEEP, counted
 * against the run's wall-time limit). {@code process_time} is the monotonic time since the
 * module was first imported: the controller does not report CPU time yet.
 */
final class TimeModule {
    private TimeModule() {}

    private static long processStart = -1;

    private static long clock(Op op) {
        Reply r = GuestIO.door().call(Request.of(op));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), null);
        }
        return (Long) r.values().get(0);
    }

    private static PyObject seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }

    private static PyBuiltinFunction noArgs(String name, java.util.function.Supplier<PyObject> f) {
        return new PyBuiltinFunction(name, (a, k) -> {
            ArgParser.noKeywords(name, k);
            if (a.length != 0) {
                throw PyErrors.typeError("time.%s() takes no arguments (%d given)", name, a.length);
            }
            return f.get();
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("time", new PyDict(), null);
        if (processStart < 0) {
            processStart = clock(Op.MONOTONIC);
        }
        m.setAttr("time", noArgs("time", () -> seconds(clock(Op.TIME))));
        m.setAttr("time_ns", noArgs("time_ns", () -> PyInt.of(clock(Op.TIME))));
        m.setAttr("monotonic", noArgs("monotonic", () -> seconds(clock(Op.MONOTONIC))));
        m.setAttr("monotonic_ns", noArgs("monotonic_ns", () -> PyInt.of(clock(Op.MONOTONIC))));
        m.setAttr("perf_counter", noArgs("perf_counter", () -> seconds(clock(Op.MONOTONIC))));
        m.setAttr("perf_counter_ns", noArgs("perf_counter_ns", () -> PyInt.of(clock(Op.MONOTONIC))));
        m.setAttr("process_time", noArgs("process_time", () -> seconds(clock(Op.MONOTONIC) - processStart)));
        m.setAttr("process_time_ns", noArgs("process_time_ns", () -> PyInt.of(clock(Op.MONOTONIC) - processStart)));
        m.setAttr("sleep", PyBuiltinFunction.of1("sleep", TimeModule::sleep));
        return m;
    }

    /** {@code time.sleep(secs)}: an int or float number of seconds, not negative. */
    private static PyObject sleep(PyObject secs) {
        double s;
        if (secs instanceof PyFloat f) {
            s = f.value;
        } else if (secs instanceof PyInt i) {
            s = i.asDouble();
        } else if (secs.type().lookup("__float__") != null) {
            s = ((PyFloat) Special.call0(secs, "__float__")).value;
        } else {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", secs.type().name());
        }
        if (Double.isNaN(s)) {
            throw PyErrors.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw PyErrors.valueError("sleep length must be non-negative");
        }
        if (s > 9.2e9) {
            throw PyErrors.overflowError("sleep length is too large");
        }
        Reply r = GuestIO.door().call(Request.of(Op.SLEEP, (long) Math.ceil(s * 1e9)));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), null);
        }
        return PyNone.INSTANCE;
    }
}

package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The built-in exception types, arranged in CPython 3.11's hierarchy
 * (compare {@code Objects/exceptions.c}).
 */
public final class PyExc {
    private PyExc() {}

    private static final List<PyType> ALL = new ArrayList<>();

    private static PyType define(String name, PyType base) {
        PyType t = PyType.builtin(name, base, (type, args, kw) -> {
            ArgParser.noKeywords(name, kw);
            return create(type, args);
        });
        ALL.add(t);
        return t;
    }

    /**
     * An exception type whose constructor also takes the keyword-only attributes
     * {@code keywords} ({@code AttributeError(msg, name=..., obj=...)}), stored on the instance.
     */
    private static PyType defineWithKeywords(String name, PyType base, String... keywords) {
        PyType t = PyType.builtin(name, base, (type, args, kw) -> {
            int npos = ArgParser.positionalCount(args, kw);
            PyBaseException made = create(type, java.util.Arrays.copyOf(args, npos));
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (!java.util.Arrays.asList(keywords).contains(kw[i])) {
                        throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw[i], name);
                    }
                    made.instanceDict().put(PyStr.of(kw[i]), args[npos + i]);
                }
            }
            return made;
        });
        ALL.add(t);
        return t;
    }

    /**
     * {@code BaseExceptionGroup(message, exceptions)}: arguments are checked as
     * {@code BaseExceptionGroup.__new__} does, then keywords as its {@code __init__} does.
     */
    private static PyType defineGroup(String name, PyType... bases) {
        PyType t = PyType.builtinWithBases(name, bases, (type, args, kw) -> {
            PyObject[] positional = args;
            if (kw != null && kw.length > 0) {
                positional = java.util.Arrays.copyOf(args, ArgParser.positionalCount(args, kw));
            }
            PyExceptionGroup made = PyExceptionGroup.create(type, positional);
            ArgParser.noKeywords(made.type().name(), kw);
            return made;
        });
        ALL.add(t);
        return t;
    }

    public static final PyType BaseException = define("BaseException", PyType.OBJECT);
    public static final PyType SystemExit = define("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = define("GeneratorExit", BaseException);
    public static final PyType Exception = define("Exception", BaseException);
    public static final PyType BaseExceptionGroup = defineGroup("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup = defineGroup("ExceptionGroup", BaseExceptionGroup, Exception);
    public static final PyType StopIteration = define("StopIteration", Exception);
    public static final PyType StopAsyncIteration = define("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = define("ArithmeticError", Exception);
    public static final PyType FloatingPointError = define("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = define("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = define("AssertionError", Exception);
    public static final PyType AttributeError = defineWithKeywords("AttributeError", Exception, "name", "obj");
    public static final PyType BufferError = define("BufferError", Exception);
    public static final PyType EOFError = define("EOFError", Exception);
    public static final PyType ImportError = defineWithKeywords("ImportError", Exception, "name", "path");
    public static final PyType ModuleNotFoundError = defineWithKeywords("ModuleNotFoundError", ImportError, "name", "path");
    public static final PyType LookupError = define("LookupError", Exception);
    public static final PyType IndexError = define("IndexError", LookupError);
    public static final PyType KeyError = define("KeyError", LookupError);
    public static final PyType MemoryError = define("MemoryError", Exception);
    public static final PyType NameError = defineWithKeywords("NameError", Exception, "name");
    public static final PyType UnboundLocalError = define("UnboundLocalError", NameError);
    public static final PyType OSError = define("OSError", Exception);
    public static final PyType BlockingIOError = define("BlockingIOError", OSError);
    public static final PyType ChildProcessError = define("ChildProcessError", OSError);
    public static final PyType ConnectionError = define("ConnectionError", OSError);
    public static final PyType BrokenPipeError = define("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = define("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = define("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = define("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = define("FileExistsError", OSError);
    public static final PyType FileNotFoundError = define("FileNotFoundError", OSError);
    public static final PyType InterruptedError = define("InterruptedError", OSError);
    public static final PyType IsADirectoryError = define("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = define("NotADirectoryError", OSError);
    public static final PyType PermissionError = define("PermissionError", OSError);
    public static final PyType ProcessLookupError = define("ProcessLookupError", OSError);
    public static final PyType TimeoutError = define("TimeoutError", OSError);
    public static final PyType ReferenceError = define("ReferenceError", Exception);
    public static final PyType RuntimeError = define("RuntimeError", Exception);
    public static final PyType NotImplementedError = define("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = define("RecursionError", RuntimeError);
    public static final PyType SyntaxError = define("SyntaxError", Exception);
    public static final PyType IndentationError = define("IndentationError", SyntaxError);
    public static final PyType TabError = define("TabError", IndentationError);
    public static final PyType SystemError = define("SystemError", Exception);
    public static final PyType TypeError = define("TypeError", Exception);
    public static final PyType ValueError = define("ValueError", Exception);
    public static final PyType UnicodeError = define("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = define("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = define("Warning", Exception);
    public static final PyType DeprecationWarning = define("DeprecationWarning", Warning);
    public static final PyType PendingDeprecationWarning = define("PendingDeprecationWarning", Warning);
    public static final PyType RuntimeWarning = define("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = define("SyntaxWarning", Warning);
    public static final PyType UserWarning = define("UserWarning", Warning);
    public static final PyType FutureWarning = define("FutureWarning", Warning);
    public static final PyType ImportWarning = define("ImportWarning", Warning);
    public static final PyType UnicodeWarning = define("UnicodeWarning", Warning);
    public static final PyType BytesWarning = define("BytesWarning", Warning);
    public static final PyType EncodingWarning = define("EncodingWarning", Warning);
    public static final PyType ResourceWarning = define("ResourceWarning", Warning);

    static {
        BaseException.define("__init__", new PyMethodDescriptor(BaseException, "__init__", (self, a, k) -> {
            ArgParser.noKeywords("BaseException", k);
            ((PyBaseException) self).setArgs(a);
            return PyNone.INSTANCE;
        }));
        BaseException.define("__str__", new PyMethodDescriptor(BaseException, "__str__",
                (self, a, k) -> PyStr.of(((PyBaseException) self).defaultStr())));
        BaseException.define("__repr__", new PyMethodDescriptor(BaseException, "__repr__",
                (self, a, k) -> PyStr.of(((PyBaseException) self).defaultRepr())));
        OSError.define("__init__", PyOSError.INIT);
        ExceptionGroupMethods.installAddNote(BaseException);
        ExceptionGroupMethods.install(BaseExceptionGroup);
        BaseException.define("with_traceback", new PyMethodDescriptor(BaseException, "with_traceback",
                (self, a, k) -> self));
    }

    /** Every built-in exception type, in definition order (for the builtins namespace). */
    public static List<PyType> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** A new exception instance of {@code type}, of the Java class that type needs. */
    public static PyBaseException create(PyType type, PyObject... args) {
        if (type.isSubtypeOf(BaseExceptionGroup)) {
            return PyExceptionGroup.create(type, args);
        }
        if (type.isSubtypeOf(KeyError)) {
            return new PyKeyError(type, args);
        }
        if (type.isSubtypeOf(OSError)) {
            return PyOSError.fromArgs(type, args);
        }
        if (PyUnicodeError.represents(type)) {
            return PyUnicodeError.fromArgs(type, args);
        }
        return new PyBaseException(type, args);
    }
}

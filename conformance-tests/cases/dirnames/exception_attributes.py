# Attributes of built-in exceptions as CPython's exception types define them.
e = SyntaxError("bad", ("f.py", 3, 5, "x = (", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
e2 = SyntaxError("only")
print(e2.msg, e2.filename, e2.lineno, SyntaxError().msg)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno)
print(ImportError("m").msg, ImportError("a", "b").msg, ImportError("m").name, ImportError().path)
print(StopIteration(3).value, SystemExit(2).code, StopIteration().value, SystemExit().code)
for errno in (103, 104, 111, 3, 10, 114, 32):
    err = OSError(errno, "message")
    print(type(err).__name__, err.errno, err.strerror, err.filename, err.filename2)
print(IOError is OSError, EnvironmentError is OSError, issubclass(ConnectionResetError, ConnectionError))
try:
    OSError(1, "x").characters_written
except AttributeError as err:
    print("AttributeError", err)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason)
v = ValueError(1, 2)
print(v.__reduce__(), KeyError("k").__reduce__())
v.note = "n"
print(v.__reduce__(), v.__getstate__(), ValueError().__getstate__())
v.__setstate__({"extra": 5})
print(v.extra, v.__setstate__(None))
try:
    v.__setstate__(5)
except TypeError as err:
    print("TypeError", err)
print(BaseException.args, BaseException.__dict__["__cause__"], ExceptionGroup.__module__, ExceptionGroup("m", [ValueError()]).__weakref__)
print(BaseExceptionGroup[int], ExceptionGroup("m", [ValueError()]).message, type(ValueError().__traceback__))

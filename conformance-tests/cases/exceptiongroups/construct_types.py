# The two group types: hierarchy, BaseExceptionGroup choosing ExceptionGroup, attributes, str and repr.
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg = BaseExceptionGroup("all exceptions", [ValueError(1), TypeError("t")])
print(type(eg).__name__, isinstance(eg, ExceptionGroup), isinstance(eg, Exception))
beg = BaseExceptionGroup("with base", [ValueError(1), KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
print(str(eg), "|", repr(eg))
print(str(beg), "|", repr(beg))
one = ExceptionGroup("one", (OSError("gone"),))
print(str(one), "|", repr(one))
print(one.message, one.exceptions, one.args)
print(type(eg.exceptions).__name__, eg.exceptions)
print(repr(ExceptionGroup("", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print("set", attr, "->", e)
    try:
        delattr(eg, attr)
    except AttributeError as e:
        print("del", attr, "->", e)
eg.args = ("changed",)
print(str(eg), repr(eg), eg.message)
print(ExceptionGroup.__init__ is BaseException.__init__, ExceptionGroup.__new__ is BaseExceptionGroup.__new__)

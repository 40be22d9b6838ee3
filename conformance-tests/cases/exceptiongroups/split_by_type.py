# split and subgroup with an exception type or a tuple of types, through nested groups.
eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ValueError(3), ExceptionGroup("low", [KeyError(4)])]),
    OSError(5),
])
print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.split(LookupError))
print(eg.subgroup(OSError))
print(eg.subgroup(ZeroDivisionError))
print(eg.split(ZeroDivisionError)[0], eg.split(ZeroDivisionError)[1] is eg)
print(eg.subgroup(Exception) is eg, eg.split(BaseException)[0] is eg)
print(eg.subgroup(ExceptionGroup) is eg)
match, rest = eg.split(KeyError)
print(type(match).__name__, match.exceptions[0].exceptions[0].message)
print(match.exceptions[0].exceptions[0].exceptions[0] is eg.exceptions[1].exceptions[2].exceptions[0])
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
m, r = beg.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
for bad in (1, int, (ValueError, 1), "ValueError"):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
for args in ((), (ValueError, TypeError)):
    try:
        eg.subgroup(*args)
    except TypeError as e:
        print(e)
try:
    eg.split(condition=ValueError)
except TypeError as e:
    print(e)

# conformance: full-stderr
# except* refuses group types and non-exception classes at run time, as a TypeError.
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, "x")):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print(repr(bad), "->", e, "| context:", repr(e.__context__))

class MyGroup(ExceptionGroup):
    pass
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* (TypeError,
         MyGroup):
    pass

# Exception instances: args, str, repr, and the chaining attributes.
e = ValueError("bad", 3)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(Exception()), str(Exception("one")))
try:
    try:
        1 / 0
    except ZeroDivisionError as first:
        raise TypeError("second") from first
except TypeError as second:
    print(type(second.__cause__).__name__, second.__suppress_context__)
    print(type(second.__context__).__name__)
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("x")
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))

# getattr, hasattr, setattr-free checks, issubclass, callable, id, ascii, iter(f, sentinel), sum.
def B(text):
    return text.encode("latin-1")


print(getattr(complex(3, 0), "real"), getattr(complex(1, 2), "imag"), getattr(1, "nope", "default"), getattr(1, "nope", None))
print(hasattr(complex(1, 0), "real"), hasattr(1, "nope"), hasattr("s", "upper"), hasattr([], "append"))
print(getattr([3, 1, 2], "index")(2), getattr("abc", "upper")())
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, object), issubclass(KeyError, LookupError))
print(callable(len), callable(1), callable(int), callable("s".upper), callable(print))
x = [1]
y = [1]
print(id(x) == id(x), id(x) == id(y), type(id(x)).__name__)
print(ascii("héllo 😀"), ascii([1, "é"]), ascii(B("\xff")), ascii("plain"))
xs = [1, 2, 3, 0, 4]
print(list(iter(xs.pop, 2)), xs, type(iter(xs.pop, 0)).__name__)
print(sum([0.1] * 10), sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 1, 2 ** 60]), sum(range(101), start=-50))
print(sum([1e100, 1.0, -1e100]), sum([]), sum([], 0.0), sum((True, True, False)))

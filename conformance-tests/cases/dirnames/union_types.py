# X | Y of types: types.UnionType, as annotations and isinstance() use it.
class C:
    pass

U = int | None
print(U, repr(U), U.__args__, type(U).__name__, int | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(int | list[int], list[int] | None, C | None, (int | str) | C, None | int, (int | str) | (str | float))
print(type.__or__(int, 3), type.__ror__(int, str), U.__parameters__)
try:
    int.__or__(str)
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance("s", int | float), issubclass(bool, int | str))
print(isinstance(1, (str, int | None)), issubclass(C, C | int))
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int | str)
except TypeError as e:
    print("TypeError", e)
def f(x: int | None = None) -> str | bytes:
    return repr(x)
print(f(), f(3), {int | str: 1}[str | int])

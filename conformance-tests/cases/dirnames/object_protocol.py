# object's own methods: __class__, __format__, order comparisons, __dir__, __sizeof__,
# __getstate__, __subclasshook__, and the names classes inherit from it.
class C:
    pass

class Slotted:
    __slots__ = ("x", "y")

c = C()
print(c.__class__ is C, (1).__class__, int.__class__, type.__class__, C.__class__)
print(object.__format__(c, "") == str(c), format(3, "05d"), (3).__format__("05d"), "ab".__format__(">4"), (2.5).__format__(".3f"))
print(object.__lt__(c, c), object.__ge__(1, 2), c.__le__(c), c.__gt__(0))
try:
    c < c
except TypeError as e:
    print("TypeError", e)
for bad in ("x", 1):
    try:
        object.__format__(c, bad)
    except TypeError as e:
        print("TypeError", e)
print(sorted(c.__dir__()) == dir(c), type(c.__dir__()).__name__)
c.a = 1
print(c.__getstate__(), C().__getstate__(), object().__getstate__(), (5).__getstate__())
s = Slotted()
print(s.__getstate__())
s.x = 1
print(s.__getstate__())
print(object.__subclasshook__(), C.__subclasshook__(int), int.__subclasshook__())
print(object().__sizeof__(), (0).__sizeof__(), (1).__sizeof__(), (2 ** 30).__sizeof__(), (-2 ** 64).__sizeof__(), True.__sizeof__())
print((1.0).__sizeof__(), (1j).__sizeof__(), "".__sizeof__(), "abc".__sizeof__(), "\xe9t\xe9".__sizeof__(), "\u20ac".__sizeof__(), "\U0001F600!".__sizeof__())
print(b"".__sizeof__(), b"abc".__sizeof__(), ().__sizeof__(), (1, 2, 3).__sizeof__(), [1, 2].__sizeof__(), [].__sizeof__())
print({}.__sizeof__(), {i: i for i in range(5)}.__sizeof__(), {i: i for i in range(6)}.__sizeof__(), {str(i): i for i in range(11)}.__sizeof__())
print(set().__sizeof__(), set(range(4)).__sizeof__(), set(range(5)).__sizeof__(), set(range(19)).__sizeof__(), frozenset(range(100)).__sizeof__())
print(None.__sizeof__(), range(3).__sizeof__(), slice(1).__sizeof__(), bytearray(b"ab").__sizeof__(), bytearray().__sizeof__())
print(c.__sizeof__(), s.__sizeof__(), (lambda: 0).__sizeof__())
print(C.__doc__, [n for n in ("__class__", "__doc__", "__format__", "__sizeof__", "__dir__") if hasattr(c, n)])

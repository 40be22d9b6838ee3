# BaseException.add_note and __notes__, on any exception.
e = ValueError("v")
print(hasattr(e, "__notes__"))
print(e.add_note("first"), e.__notes__)
e.add_note("second")
print(e.__notes__)
for bad in (3, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
try:
    e.add_note()
except TypeError as err:
    print(err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print(err)
f = KeyError("k")
f.__notes__ = ("a", "tuple")
try:
    f.add_note("x")
except TypeError as err:
    print(err)
g = TypeError()
g.__notes__ = ["kept"]
g.add_note("added")
print(g.__notes__)
del g.__notes__
g.add_note("fresh")
print(g.__notes__)
class Mine(Exception):
    pass
m = Mine()
m.add_note("mine")
print(m.__notes__, BaseException.add_note)

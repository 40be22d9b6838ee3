# Error types and messages of bytes, bytearray and the codecs.
def show0(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show1(f, a):
    try:
        print(repr(f(a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show2(f, a, b):
    try:
        print(repr(f(a, b)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show3(f, a, b, c):
    try:
        print(repr(f(a, b, c)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def B(text):
    return text.encode("latin-1")


def add(a, b):
    return a + b


def contains(a, b):
    return b in a


def getitem(a, b):
    return a[b]


def setitem(a, b, c):
    a[b] = c
    return a


show1(bytes, -1)
show1(bytes, [256])
show1(bytes, ["a"])
show1(bytes, "abc")
show2(bytes, 1, "utf-8")
show1(bytes, 1.5)
show1(bytearray, 1.5)
show2(bytes, "a", "utf-9")
show3(bytes, "é", "ascii", "strict")
show3(bytes, "ā", "latin-1", "nope")
show2(getitem, B("ab"), 5)
show2(getitem, bytearray(B("ab")), -3)
show2(getitem, B("ab"), "x")
show2(add, B("ab"), "c")
show2(add, bytearray(B("ab")), 1)
show2(contains, B("abc"), 300)
show2(contains, B("abc"), "a")
show1(B("abc").startswith, "a")
show1(B(",").join, ["a"])
show1(B("abc").find, "a")
show1(B("abc").index, B("z"))
show1(B("abc").split, "a")
show1(B("abc").split, B(""))
show1(bytes.fromhex, "zz")
show1(bytes.fromhex, "a")
show1(bytes.fromhex, 1)
show0(bytearray().pop)
show1(bytearray(B("a")).remove, 98)
show1(bytearray(B("a")).append, 256)
show3(setitem, bytearray(B("a")), 0, 256)
show3(setitem, B("a"), 0, 1)
show1(hash, bytearray())
show2(B("\xff").decode, "utf-8", "nope")
show1(B("ab").hex, "::")
show1(B("ab").center, 5.5)
show2(B("ab").center, 5, B("xy"))
try:
    B("ab\xff").decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object), e.args)
try:
    "aé😀".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object), e.args)
try:
    "a".encode(encoding=5)
except TypeError as e:
    print(e)
try:
    "a".encode("utf-8", "strict", 1)
except TypeError as e:
    print(e)

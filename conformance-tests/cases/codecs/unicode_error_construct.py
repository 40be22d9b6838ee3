# Unicode errors can be built directly; str() formats them like the codecs do.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


e = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(e, "|", e.args, e.start, e.end, e.reason)
e2 = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e2, "|", e2.object, e2.start, e2.end)
e3 = UnicodeEncodeError("ascii", "abc", 0, 3, "too many")
print(e3)
e4 = UnicodeDecodeError("utf-8", b"abc", 1, 2, "one")
print(e4)
e.reason = "changed"
e.start = 0
print(e)
for args in ((), ("ascii",), ("ascii", b"x", 0, 1, "r"), ("ascii", "x", "0", 1, "r")):
    try:
        print(UnicodeEncodeError(*args))
    except TypeError as err:
        print(type(err).__name__, err)
try:
    UnicodeDecodeError("utf-8", "str", 0, 1, "r")
except TypeError as err:
    print(type(err).__name__, err)
print(repr(UnicodeError("plain")), issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeTranslateError, ValueError))

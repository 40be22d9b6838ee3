# Concatenation, repetition and their errors for bytes and bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 2, 2 * bytearray(b"x"), b"a" * 0, b"a" * -1)
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
t(lambda: b"a" + "b")
t(lambda: "a" + b"b")
t(lambda: b"a" + 1)
t(lambda: bytearray(b"a") + "b")
t(lambda: b"a" * b"b")
t(lambda: b"a" * 1.5)
def assign():
    b = b"abc"
    b[0] = 1
t(assign)

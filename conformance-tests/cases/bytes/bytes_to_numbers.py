# int() and float() of bytes and bytearray; bytes as dict keys and in sets.
def B(text):
    return text.encode("latin-1")


def show1(f, a):
    try:
        print(repr(f(a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(int(B(" 12 ")), int(B("1_000")), int(B("ff"), 16), int(bytearray(B("-0x1f")), 0), float(B(" 1e3\n")), float(bytearray(B("-2.5"))))
show1(int, B("x"))
show1(int, bytearray(B("1.5")))
show1(int, B("\xa012"))
show1(float, B("x"))
show1(float, bytearray(B("nan?")))
d = dict()
d[B("k")] = 1
d[complex(2, 0)] = "two"
print(d, d[2], d[2.0], B("k") in d, bytearray(B("k")) == B("k"))
print(set([B("a"), B("b"), B("a")]), hash(B("abc")) == hash("abc"), hash(B("")))

# bytes % values: %s and %b take bytes-like objects or __bytes__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class B:
    def __bytes__(self):
        return b"dunder"
print(b"%s|%b|%5s|%-5b|%.2s|" % (b"ab", bytearray(b"cd"), b"x", b"y", b"long"))
print(b"%s %s" % (B(), bytearray(b"ba")), bytearray(b"%s!") % b"ba", type(bytearray(b"%s") % b"x").__name__)
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 5}, b"%s" % (b"tuple",), b"100%%" % ())
t(lambda: b"%s" % "str")
t(lambda: b"%b" % 5)
t(lambda: b"%s" % None)
t(lambda: b"%s" % [1])
t(lambda: b"%(k)s" % {"k": b"v"})

# repr of bytes picks quotes and escapes like CPython.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for b in (b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\n\r\t", b"\x00\x1f\x7f\x80\xff", bytes(range(32, 127))):
    print(repr(b), repr(bytearray(b)))
print(str(b"x"), ascii(b"\xff"), "%s" % b"y", f"{b'z'}", "{!r}".format(bytearray(b"w")), bytearray(b"q").__repr__())

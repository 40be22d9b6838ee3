# bytes.splitlines only splits at \\n, \\r and \\r\\n.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h"
print(b.splitlines(), b.splitlines(True), bytearray(b"x\n").splitlines(keepends=True), b"".splitlines(), b"\n\n".splitlines())

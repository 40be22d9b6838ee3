# bytes % values: the numeric conversions behave as for str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%.3d|" % (42, -7, 42, 42, -42, 5, 5, 255, 255, 255, 8, 8, 7))
print(b"%e|%E|%f|%F|%g|%G|%.2f|%10.3e|%-10g|" % (1234.5, 1234.5, 2.5, 2.5, 1e-5, 1e20, 3.14159, 31415.9, 0.5))
print(b"%*d|%.*f|%(a)x" % (4, 7, 1, 2.25, 255) if False else b"%*d|%.*f|" % (4, 7, 1, 2.25), b"%(a)x" % {b"a": 255})
print(b"%d %f" % (True, 1), bytearray(b"%05.1f") % 3.14159)
t(lambda: b"%d" % b"1")
t(lambda: b"%x" % 1.5)
t(lambda: b"%f" % "1")
t(lambda: b"%d %d" % (1,))
t(lambda: b"%d" % (1, 2))
t(lambda: b"%y" % 1)
t(lambda: b"%" % ())

# %d %i %u %o %x %X with every flag, width and precision.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 7, -7, 255, -255, 2**70, True):
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d|%-+6d|%.3d|%8.3d|%-8.3d|" % ((v,) * 13))
    print("%o|%#o|%x|%#x|%X|%#X|%#08x|%-#8x|%+#x|% #o|%.4x|%#.4X|" % ((v,) * 12))
print("%d %x %o" % (3.99, 255.0 if False else 255, 8))
print("%s %d" % (1, 2.5), "%i" % -0.5, "%d" % -0.0)

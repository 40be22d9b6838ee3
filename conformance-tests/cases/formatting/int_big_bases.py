# Big ints in every base and grouping.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (2**64, -(2**100) + 1, 10**30, 1 << 200):
    print(format(v, "x"), format(v, "#o"), format(v, "_b")[:40], format(v, ","), format(v, "_"), format(v, ">50,"), format(v, "e"), format(v, ".3%"))
print("%x %o %d" % (2**70, 2**70, -(2**70)), "{:#_x}".format(2**64 - 1), f"{-2**64:+,}")

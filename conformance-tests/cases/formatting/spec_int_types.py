# Every presentation type for int, with bool as an int.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 10, -10, 255, 2**64, True):
    print(v, format(v, "b"), format(v, "c") if 0 <= v < 0x110000 else "-", format(v, "d"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, "n"), format(v, "e"), format(v, "E"), format(v, "f"), format(v, "F"), format(v, "g"), format(v, "G"), format(v, "%"), format(v, ""))
print(format(65, "c"), format(0x1F600, "c"), format(65, ">3c"), format(97, "^5c"))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(65, "+c"))
t(lambda: format(65, "#c"))
t(lambda: format(1, ".2d"))
t(lambda: format(1, ".2x"))
t(lambda: format(1, "s"))
t(lambda: format(1, "z"))

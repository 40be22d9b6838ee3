# Fill characters and the four alignments for strings and numbers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ("<8", ">8", "^8", "*<8", "*>8", "*^8", "0>8", "😀^7", "=^3", "<1", "^9", ">0"):
    print(repr(spec), repr(format("abc", spec)), repr(format(42, spec)), repr(format(-1.5, spec)))
print(repr(format(-42, "=8")), repr(format(-42, "*=8")), repr(format(42, "+=8")), repr(format(3.5, "0=8")), repr(format(-3.5, "x=+9")))
t(lambda: format("abc", "=8"))
t(lambda: format("abc", "<<8"))

# Format specs applied to complex numbers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (1 + 2j, -1.5 - 0.25j, 2j, -0.0 + 0j, 1e20 + 1e-20j, complex(float("inf"), float("nan"))):
    print(repr(format(v, "")), repr(format(v, "g")), repr(format(v, ".2f")), repr(format(v, "+.1e")), repr(format(v, ">30")), repr(format(v, "^24.3g")), repr(format(v, "E")), repr(format(v, ",.2f")), repr(format(v, "_")))
t(lambda: format(1j, "="))
t(lambda: format(1j, "010"))
t(lambda: format(1j, "%"))
t(lambda: format(1j, "d"))
t(lambda: format(1j, "c"))
print(format(3 + 4j, "n"), str(3 + 4j), "{:.1f}".format(3j))

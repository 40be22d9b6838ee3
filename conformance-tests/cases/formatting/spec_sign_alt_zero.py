# Sign options, the alternate form and zero padding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (42, -42, 0, 255):
    print(format(v, "+"), format(v, "-"), format(v, " "), format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "08"), format(v, "#010x"), format(v, "+#08o"), format(v, " 06"))
for v in (1.0, -1.0, 0.0, -0.0, float("nan"), float("inf")):
    print(format(v, "+"), format(v, " "), format(v, "#"), format(v, "#.0f"), format(v, "#.0e"), format(v, "08.2f"), format(v, "+010.1e"), format(v, "#g"))
print(format(-0.0, "z") if False else "", format(5, "0"), format("ab", "05"), format(-5, "05"))
t(lambda: format("ab", "+"))
t(lambda: format("ab", "#"))
t(lambda: format(1.5, "#x"))

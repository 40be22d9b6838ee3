# The n type uses the C locale, so it behaves like d and g.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 1234567, -1234567, 1.5, 1234567.25, 1e-10, float("inf")):
    print(format(v, "n"), format(v, "10n"), format(v, "+n"), format(v, "010n"))
t(lambda: format(1, ",n"))
t(lambda: format(1.5, "_n"))

# Thousands separators , and _ for every numeric type they apply to.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 999, 1000, -1234567, 10**20):
    print(format(v, ","), format(v, "_"), format(v, "_x"), format(v, "_b"), format(v, "_o"), format(v, "#_X"), format(v, "015,"), format(v, "015_"), format(v, ",d"))
for v in (1234.5, -1234567.891, 1e20, 0.5):
    print(format(v, ","), format(v, "_.2f"), format(v, ",.3e"), format(v, ",g"), format(v, "020,.2f"), format(v, ",%"))
print(format(1234567 + 890j, ",") if False else "", format(12345678, ">15,"), format(123, "0=10,"))
t(lambda: format(1, ",_"))
t(lambda: format(1, "_,"))
t(lambda: format(1, ",x"))
t(lambda: format(1, ",b"))
t(lambda: format("a", ","))
t(lambda: format(1, ",c"))
t(lambda: format(1, ",n"))

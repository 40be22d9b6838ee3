# Slicing strings with every step and bound combination.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "0123456789"
for sl in [slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 3), slice(8, 2, -2), slice(-1, -11, -1), slice(100, None), slice(-100, 3), slice(5, 5), slice(None, None, -1), slice(1, 100, 4)]:
    print(sl, repr(s[sl]))
t(lambda: s[::0])
t(lambda: s[1:"a"])
print(s[True], s[False:True], s[-1:0], s[3:1:-1])

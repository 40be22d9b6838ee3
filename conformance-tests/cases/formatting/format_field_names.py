# Field names: numbers with leading zeros, spaces, unicode and bad forms.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{00}".format("zero"), "{0[ 1]}".format({" 1": "spaced"}), "{ab c}".format(**{"ab c": 5}), "{0.imag}".format(1))
print("{0!s:{1}}".format("x", ">4"), "{0[1][0]}".format(["ab", "cd"]), "{[0]}".format(("tup",)), "{.real}".format(7))
t(lambda: "{0[}".format({}))
t(lambda: "{0]}".format({}))
t(lambda: "{:{}".format(1, 2))
t(lambda: "{0:}}".format(1))
t(lambda: "{:x".format(1))
t(lambda: "{0!r".format(1))
t(lambda: "{a.b[c]d}".format(a=1))
t(lambda: "{10000000000000000000000}".format())

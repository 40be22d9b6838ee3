# str.format with automatic, numbered and repeated positional fields.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("ab", "cd"), "{2}{1}{0}".format(*"xyz"))
print("{{}}".format(), "{{{}}}".format(5), "}}{{".format(), "{0}{0}".format("r"))
t(lambda: "{} {}".format(1))
t(lambda: "{1}".format(1))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0".format(1))
t(lambda: "{!}".format(1))
t(lambda: "{-1}".format(1))

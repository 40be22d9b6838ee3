# splitlines recognizes every line boundary CPython does.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


bounds = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in bounds:
    s = "one" + b + "two" + b
    print(repr(b), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("a\n\rb".splitlines(), "a\r\n\nb".splitlines(True))
print("no newline".splitlines(), "".splitlines(True), "\n".splitlines(), "\n\n".splitlines(True))
print("x\x1fy".splitlines(), "x\u2027y".splitlines())

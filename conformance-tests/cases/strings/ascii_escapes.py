# ascii() escapes every non-ASCII character with \\x, \\u or \\U.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["plain", "é", "日本", "😀", "\x7f", "\x80", "\xff", "\u0100", "\uffff", "\U00010000", "\ud800", "it's", "\n", "a\tb"]
for s in samples:
    print(ascii(s), repr(ascii(s)))
print(ascii(["é", ("😀",), {"k": "ü"}]))
print("%a" % "ü", "{!a}".format("ü"), f"{'ü'!a}")

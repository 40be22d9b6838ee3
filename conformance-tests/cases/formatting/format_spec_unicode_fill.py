# Fill characters can be any code point; widths count code points.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fill in ("é", "😀", "\u3000", "{", "}", "0", " "):
    print(repr(format("ab", fill + "^7")), repr(format(5, fill + ">4")), repr(format(-1.5, fill + "<8")), repr("{:{}^5}".format("x", fill)))
print(repr("{:😀<5}".format("日本")), repr(f"{'ab':*^7}"), repr("%-5s|" % "日本"))

# %c accepts an int code point or a one-character string.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%c|%c|%c|%3c|%-3c|" % (65, "é", 0x1F600, "x", 97))
t(lambda: "%c" % "ab")
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % 1.5)
t(lambda: "%c" % b"a")
t(lambda: "%c" % None)

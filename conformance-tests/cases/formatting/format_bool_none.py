# bool formats as an int once a spec is given; None and containers use str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(format(True), format(True, ""), format(True, "d"), format(True, "5"), format(False, "x"), format(True, ".2f"), format(True, "%"), format(True, "<6") + "|", format(True, "s") if False else "")
print("{}|{:}|{!r}|{:>5}|".format(None, None, None, True), f"{False:b}", f"{True:+}")
t(lambda: format(True, "s"))
t(lambda: format(None, ">5"))
t(lambda: format((1, 2), "d"))

# %-formatting calls __str__, __repr__, __index__, __int__ and __float__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R\u00e9"
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
print("%s %r %a" % (C(), C(), C()))
print("%d %x %o %c" % (I(), I(), I(), I()))
print("%f %e %g" % (F(), F(), F()))
t(lambda: "%d" % F())
t(lambda: "%f" % I())
t(lambda: "%x" % F())

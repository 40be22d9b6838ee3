# globals(), locals() and vars() at module level, in functions (with closures) and in class bodies.
top = 1
print(globals() is vars(), locals() is globals(), globals()["top"])
globals()["made"] = "through globals()"
print(made)
def f(a, b=2):
    c = a + b
    def g():
        return c
    snapshot = locals()
    return sorted(snapshot), snapshot["c"], g()
print(f(1))
def outer():
    x = "outer"
    def inner():
        y = "inner"
        return sorted(locals().items())
    return inner()
print(outer())
def unbound():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())
print(unbound())
class K:
    a = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
    exec("b = a + 1")
    v = vars()["a"]
print(K.names, K.b, K.v)
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print(sorted(vars(P()).items()))
print(vars(K)["a"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)
def shadow():
    locals = lambda: "mine"
    return locals()
print(shadow())
def listing(a, *rest, **options):
    local = 1
    return dir()
print(listing(1))
class Listed:
    """doc"""
    x = 1
    print(dir(), sorted(locals()))
class Undocumented:
    print(sorted(locals()))
print(Undocumented.__doc__, "__doc__" in Undocumented.__dict__)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(1, z=2)
except TypeError as e:
    print(e)
p = P(1, 2)
try:
    p.z
except AttributeError as e:
    print(e)
try:
    P.nothing
except AttributeError as e:
    print(e)
class Q:
    def m(self):
        return 1
try:
    Q.m()
except TypeError as e:
    print(e)
try:
    Q().m(5)
except TypeError as e:
    print(e)
try:
    Q(5)
except TypeError as e:
    print(e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(e)
class S:
    def method(): 
        return "no self"
try:
    S().method()
except TypeError as e:
    print(e)
print(S.method())
print(p.__dict__)
p.__dict__["w"] = 7
print(p.w, hasattr(p, "w"), getattr(p, "nope", "dflt"))
setattr(p, "x", 100)
delattr(p, "y")
print(p.__dict__)
try:
    del p.y
except AttributeError as e:
    print(e)
print(type(p).__name__, p.__class__.__name__, P.__init__.__name__, P.__module__)
print(repr(Q().m)[:28])
class Empty: pass
e = Empty()
print(str(e)[:24], str(Empty)[:50])

class Doc:
    """A doc string."""

print(isinstance(True, int), isinstance(1, (str, float)), isinstance(p, object), issubclass(bool, int))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)

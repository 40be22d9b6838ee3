# conformance: full-stderr
# In-place operators of classes, __class__ of builtins, function attributes, messages, exit(), a failing __str__.
class A:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = A()
b = a
a += 1
a += 2
print(b.items, a is b)
print((5).__class__, "abc".__class__.__name__, [].__class__)
def deco(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    return wrapper
@deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls, sq.__name__)
for bad in [lambda: 1 in None, lambda: next(None), lambda: exit(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
    except SystemExit as e:
        print("SystemExit", e.code)
class W(Exception):
    def __str__(self):
        raise RuntimeError("boom")
raise W()

def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(5), sq(5, mod=7), partial(power, 2)(10))
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(str, abs, lambda v: v - 10)(3))
def outer():
    fns = []
    for i in range(3):
        def f(j=i):
            return j * 10
        fns.append(f)
    return [f() for f in fns]
print(outer())
def counter_gen():
    state = {"n": 0}
    def nxt():
        state["n"] += 1
        return state["n"]
    def reset():
        state["n"] = 0
    return nxt, reset
nxt, reset = counter_gen()
print(nxt(), nxt(), reset(), nxt())
def acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = acc()
add(5); add(7)
print(get())
def make():
    v = 1
    def a():
        def b():
            nonlocal v
            v += 1
            return v
        return b()
    return a
m = make()
print(m(), m())
def f(*args, **kwargs):
    return args, kwargs
print(f(1, *[2, 3], *(4,), k=1, **{"z": 2}, **{"y": 3}))
print(f(*"ab", **dict(a=1)))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, x=2), (lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
def kwonly(*, a, b=2): return a + b
try:
    kwonly(1)
except TypeError as e:
    print(e)
def posonly(a, b, /): return a - b
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
def many(a, b, c=3, d=4): pass
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    many()
except TypeError as e:
    print(e)
try:
    many(1, 2, e=5)
except TypeError as e:
    print(e)
class K:
    def m(self, x): pass
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
try:
    K().m(1, x=2)
except TypeError as e:
    print(e)

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(5))
c2 = make_counter(10)
print(c2(), c())

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), 81)

def logged(prefix):
    def deco(fn):
        def inner(*args, **kwargs):
            print(prefix, fn.__name__, args, kwargs)
            return fn(*args, **kwargs)
        return inner
    return deco

@logged("CALL")
def add(a, b=2, *, c=3):
    return a + b + c

print(add(1), add(1, 5, c=10))
print(add.__name__)

def apply(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
pipeline = apply(lambda x: x + 1, lambda x: x * 2, str)
print(pipeline(4), repr(pipeline(0)))

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])

def kw(a, /, b, *args, c, d=4, **rest):
    return (a, b, args, c, d, rest)
print(kw(1, 2, 3, 4, c=5, z=6))
print(kw(1, b=2, c=3))
args = [1, 2]
opts = {"c": 9, "e": 1}
print(kw(*args, **opts))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    kw(1, 2)
except TypeError as e:
    print(e)
try:
    kw(1, 2, c=1, b=3)
except TypeError as e:
    print(e)
def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print(e)
def two(a, b):
    pass
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two()
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two(1, x=2)
except TypeError as e:
    print(e)
print(noargs())
print((lambda: None).__name__, fib.__name__, make_counter.__name__)
print(callable(c), callable(5))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))

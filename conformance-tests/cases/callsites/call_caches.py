# Calls of Python functions through warm call sites: many callees, defaults, recursion, errors.
def add1(x):
    return x + 1


def add2(x):
    return x + 2


def with_default(x, y=10):
    return x + y


def apply(f, x):
    return f(x)


# One site calling several functions, then more than any inline cache holds.
fs = [add1, add2, with_default, lambda x: x * 3, abs, str, len if False else (lambda x: -x)]
total = 0
for _ in range(500):
    for f in fs:
        r = apply(f, 5)
        total += r if isinstance(r, int) else len(r)
print(total)

# Closures made anew each time: each is a different function object.
def make(k):
    def inner(x):
        return x * k
    return inner
print(sum(apply(make(k), 2) for k in range(100)))

# Recursion through a linked site still stops at the recursion limit.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

# After a RecursionError the depth is back where it was: deep but legal recursion still works.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

# Errors inside linked functions propagate with the right type.
def fails(x):
    return 1 // x
for i in range(1, 1000):
    apply(fails, i)
try:
    apply(fails, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Wrong argument counts at a warm site raise CPython's TypeError.
try:
    apply(lambda: 1, 5)
except TypeError as e:
    print("TypeError:", e)

# Methods with 0 to 3 arguments, and a bound method called as a plain function.
class M:
    def m0(self):
        return 0
    def m1(self, a):
        return a
    def m2(self, a, b):
        return a + b
    def m3(self, a, b, c):
        return a + b + c
o = M()
s = 0
for i in range(1000):
    s += o.m0() + o.m1(i) + o.m2(i, 1) + o.m3(i, 1, 2)
bound = o.m2
print(s, apply(bound.__call__, 1) if False else bound(1, 2))
try:
    o.m2(1)
except TypeError as e:
    print("TypeError:", e)

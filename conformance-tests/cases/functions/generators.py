# Generators: yield, send, throw, close, yield from with return values, finally, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

print(sum(x * x for x in range(10)), any(c.isupper() for c in "abC"), all(x > 0 for x in [1, 2]))
print(", ".join(str(n) for n in range(5) if n % 2 == 0))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    yield "got " + result
    yield from range(3)

print(list(outer()))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for x in with_finally():
    print("x", x)

def catcher():
    while True:
        try:
            yield
        except ValueError as exc:
            print("caught inside", exc)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.close()
print("closed")

def nested_loops(rows):
    for r in rows:
        for c in r:
            if c:
                yield c

print(list(nested_loops([[1, 0, 2], [], [3]])))

def gen_with_closure(k):
    def mult(x):
        return x * k
    for i in range(3):
        yield mult(i)
print(list(gen_with_closure(10)))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
gen = (x for x in [1, 2])
print(type(gen).__name__, list(gen), list(gen))

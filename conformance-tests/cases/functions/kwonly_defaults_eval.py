# Default values are evaluated once, at def time, left to right; keyword-only defaults too.
order = []


def note(x):
    order.append(x)
    return x


def f(a=note('a'), *, b=note('b'), c=note('c')):
    return a, b, c


print(order, f(), f(c=3))
order.clear()
for i in range(2):
    def g(x=note(i)):
        return x
print(order, g())

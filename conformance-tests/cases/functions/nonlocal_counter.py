# nonlocal rebinding from nested functions, and generators of closures by default arguments.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return increment, reset

inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]

print([m(10) for m in make_multipliers()])

def accumulate(values):
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
    for v in values:
        add(v)
    return total, history

print(accumulate([5, 10, 20]))

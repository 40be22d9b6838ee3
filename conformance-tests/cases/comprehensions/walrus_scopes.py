# := inside comprehensions binds in the enclosing function or module (PEP 572).
def f(data):
    if any((hit := x) > 2 for x in data):
        print('first above 2:', hit)
    total = 0
    sums = [total := total + x for x in data]
    return sums, total

print(f([1, 3, 5]))

def g():
    def inner():
        return [last := i for i in range(3)], last
    return inner()
print(g())
class K:
    try:
        exec_ok = True
    except Exception:
        pass
print([[(y := i * j) for j in range(2)] for i in range(2)], y)

# Closures: shared cells, nonlocal, shadowing, three levels deep, cell parameters, del of a cell.
def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        s = 0
        for v in items:
            s += v
        return s
    return add, total
add, total = make()
for i in range(5):
    add(i * i)
print(total(), add(0))
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3
        return l2
    return l1()()()
print(deep())
key = lambda pair: pair[1]
print(sorted([(1, 'b'), (2, 'a'), (3, 'c')], key=key))
print((lambda: 42)(), (lambda a, b=3: a * b)(2))
def cellparam(n):
    def get():
        return n
    n += 1
    return get()
print(cellparam(5))
def delcell():
    v = 1
    def get():
        return v
    del v
    return get()
delcell()

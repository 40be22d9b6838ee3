# Closures: cells shared between functions, nonlocal rebinding, late binding, cell contents.
def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc(5)
print(get(), inc.__closure__ is not None, [c.cell_contents for c in get.__closure__])


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]


early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])


def outer():
    x = 'outer'

    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x


print(outer())


def unbound():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return read()


print(unbound())

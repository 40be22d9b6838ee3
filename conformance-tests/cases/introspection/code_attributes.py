# f.__code__: names, argument counts, variable names, cells and free variables.
def show(f):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars)


def plain(a, b):
    total = a + b
    return total


def every_kind(a, b=1, /, c=2, *args, d, e=3, **kw):
    "A docstring."
    x = 1

    def inner():
        return x + a
    return inner


def outer():
    z = 1
    m = 2

    def middle():
        def innermost():
            return z + m
        return innermost
    return middle


class Box:
    def method(self, value):
        return value

    def uses_class(self):
        return __class__


show(plain)
show(every_kind)
show(every_kind(0, d=0))
show(outer)
show(outer())
show(outer()())
show(Box.method)
show(Box.uses_class)
show(lambda q, *, r: q)
print(every_kind.__code__.co_consts[0])
print(plain.__code__.co_consts[0])
print(type(plain.__code__).__name__, type(plain.__code__) is type(show.__code__))
print(plain.__code__ is plain.__code__)
print(plain.__code__.co_filename.rsplit('/', 1)[-1])


def factory():
    def made():
        pass
    return made


print(factory() is factory(), factory().__code__ is factory().__code__)
codes = [(lambda: 0).__code__ for _ in range(3)]
print(codes[0] is codes[1] is codes[2])

# f.__annotations__: evaluated when the def runs, after the defaults, in CPython's order.
def note(text):
    print('evaluating', text)
    return text


def f(a: note('a'), b: note('b') = note('default b'), *args: note('args'), c: note('c') = note('default c'),
      **kw: note('kw')) -> note('return'):
    pass


print(f.__annotations__)
print(list(f.__annotations__))
print(f.__annotations__['return'])


def g(x: int, y) -> None:
    pass


print(g.__annotations__)
print(g.__annotations__['return'] is None)


def bare():
    pass


print(bare.__annotations__, bare.__annotations__ is bare.__annotations__)
bare.__annotations__['x'] = int
print(bare.__annotations__)
bare.__annotations__ = {'y': str}
print(bare.__annotations__)
bare.__annotations__ = None
print(bare.__annotations__)
try:
    bare.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)


class Private:
    def m(self, __hidden: int, shown: str) -> 'Private':
        pass


print(Private.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


def wrapper_copy():
    "doc"


sm = staticmethod(g)
print(sm.__annotations__ is g.__annotations__)

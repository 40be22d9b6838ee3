# Protocols 0 and 1 of object.__reduce_ex__ (and object.__reduce__) go through
# copyreg._reduce_ex: the nearest built-in base rebuilds the value with copyreg._reconstructor.
import copyreg


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + (',)' if len(v) == 1 else ')')
    if callable(v) and not isinstance(v, type) and hasattr(v, '__name__'):
        return v.__module__ + '.' + v.__name__
    return repr(v)


class Plain:
    def __repr__(self):
        return 'Plain()'


class WithAttrs(Plain):
    def __init__(self):
        self.a = 1


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


for proto in (0, 1):
    print(show(Plain().__reduce_ex__(proto)))
    print(show(WithAttrs().__reduce_ex__(proto)))
    ml = MyList([1, 2])
    ml.tag = 't'
    print(show(ml.__reduce_ex__(proto)))
    print(show(MyDict(a=1).__reduce_ex__(proto)))
    print(show(MyStr('s').__reduce_ex__(proto)))
print(show(object().__reduce__()))
print(show(WithAttrs().__reduce__()))

for value in [1, 'x', [1], (1,), {1: 2}, 1.5, b'b']:
    try:
        value.__reduce_ex__(0)
    except TypeError as e:
        print('TypeError:', e)


class Slotted:
    __slots__ = ('a',)


try:
    Slotted().__reduce_ex__(1)
except TypeError as e:
    print('TypeError:', e)


class SlottedWithState:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 5

    def __getstate__(self):
        return {'a': self.a}


print(show(SlottedWithState().__reduce_ex__(0)))


class Custom:
    def __getstate__(self):
        return 'state'


print(show(Custom().__reduce_ex__(1))[-8:])

rebuilt = copyreg._reconstructor(MyList, list, [7, 8])
print(type(rebuilt).__name__, rebuilt)
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
print(copyreg._reconstructor(MyStr, str, 'abc'), type(copyreg._reconstructor(MyStr, str, 'abc')).__name__)

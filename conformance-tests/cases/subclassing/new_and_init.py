# What __new__ and __init__ of a subclass of a built-in do when called, skipped or replaced.
class Empty(list):
    def __init__(self, *args):
        pass  # list.__init__ never runs: the list stays empty


print(Empty([1, 2]), len(Empty('abc')))


class Filled(list):
    def __new__(cls, *args):
        return super().__new__(cls)  # list.__init__ still runs with the arguments


print(Filled([1, 2]), Filled())


class Other(tuple):
    def __new__(cls, value):
        return [value]  # not an instance: __init__ is not called

    def __init__(self, value):
        print('never')


print(Other(5), type(Other(5)).__name__)


class Reinit(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        super().__init__(extra=True)


print(Reinit(a=1))
l = [1, 2]
list.__init__(l, 'xy')
print(l)
print(str.__new__(str, 5), type(int.__new__(int, '7')).__name__, tuple.__new__(tuple, 'ab'))


class S(str):
    pass


print(repr(str.__new__(S, 'made')), type(str.__new__(S, 'made')).__name__)
for call in (lambda: str.__new__(int), lambda: int.__new__(S, 1), lambda: str.__new__(5)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    list.__init__(l, 1, 2)
except TypeError as e:
    print('TypeError', e)

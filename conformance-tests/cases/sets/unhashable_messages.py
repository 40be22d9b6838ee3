# Putting unhashable objects in sets and dicts names the offending type.
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class Hashed(EqOnly):
    __hash__ = object.__hash__
class NoHash:
    __hash__ = None
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for item in [[1], {1: 2}, {1}, bytearray(b'x'), slice(1), EqOnly(), NoHash(), ([1],), (1, [2]), {}.keys()]:
    t(lambda: {item})
    t(lambda: {item: 1})
    t(lambda: hash(item))
t(lambda: len({Plain(), Plain()}))
t(lambda: len({Hashed(), Hashed()}))
t(lambda: frozenset([[1]]))
t(lambda: set([1, [2]]))
t(lambda: [1] in {1})
t(lambda: [1] in frozenset())
t(lambda: {1}.discard({1}) or 'discarded-set-key')
t(lambda: {1: 2}.get([1], 'x'))
t(lambda: {1}.isdisjoint([[1]]))

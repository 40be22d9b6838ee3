# len() of many objects and its errors; bool() and type() of values.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for obj in ['', 'abc', '😀x', b'ab', [1, 2], (), {1: 2}, {1, 2, 2}, frozenset(), range(0, 10, 3), bytearray(3),
            {}.keys(), {1: 2}.items()]:
    t(lambda: len(obj))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([])))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len([], []))
class L:
    def __len__(self):
        return 3
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2**100
class Flt:
    def __len__(self):
        return 1.5
t(lambda: len(L()))
t(lambda: len(Neg()))
t(lambda: len(Big()))
t(lambda: len(Flt()))
t(lambda: bool(L()))
t(lambda: bool(Neg()))
for v in [0, 1, -1, 0.0, 0j, '', ' ', [], [0], (), {}, set(), None, range(0), b'']:
    print(repr(v), bool(v), type(v).__name__)
t(lambda: type(1, 2))
t(lambda: type('X', (), {})().__class__.__name__)
t(lambda: type(type).__name__)

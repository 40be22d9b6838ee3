# pop, popitem, del and [] on missing keys, with the KeyError reprs CPython gives.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)

d = {'a': 1, 'b': 2, (1, 2): 'tup', None: 'none', '': 'empty'}
t(lambda: d.pop('a'))
t(lambda: d.pop('a'))
t(lambda: d.pop('a', 'dflt'))
t(lambda: d.pop((1, 2)))
t(lambda: d.pop((3, 4)))
t(lambda: d.pop(()))
t(lambda: d.pop((5,)))
t(lambda: d['zz'])
t(lambda: d[None])
t(lambda: d[''])
t(lambda: d[1.5])
t(lambda: d[[1]])
t(lambda: d.pop())
t(lambda: d.pop(1, 2, 3))
t(lambda: d.popitem())
t(lambda: d.popitem())
t(lambda: d.popitem())
t(lambda: d.popitem())
t(lambda: {}.popitem())
t(lambda: d.popitem(1))
def delete(key):
    del d[key]
d = {1: 1}
t(lambda: delete(2))
t(lambda: delete((2, 3)))
t(lambda: delete(1))
print(d)

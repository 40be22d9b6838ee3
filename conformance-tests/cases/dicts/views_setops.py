# Dict views: set operations with other views, sets and iterables; reversed; repr; live updates.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 40}
ka, kb = a.keys(), b.keys()
print(ka & kb, sorted(ka | kb), ka - kb, sorted(ka ^ kb), kb - ka)
print(ka & {'x', 'q'}, sorted(ka | ['p']), ka - 'xz', sorted(ka ^ ('z', 'n')), {'x'} & ka, ['y'] | ka if False else 'skip')
print(ka == {'x', 'y', 'z'}, ka == ['x', 'y', 'z'], ka < {'x', 'y', 'z', 'w'}, ka >= {'x'}, ka.isdisjoint(kb))
ia = a.items()
print(ia & {('x', 1), ('y', 3)}, ia - {('z', 3)}, ('x', 1) in ia, ('x', 2) in ia, ['x', 1] in ia)
print(sorted(ia | b.items()), len(ia ^ {('x', 1)}))
print(a.keys(), a.values(), a.items())
print(list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
va = a.values()
a['new'] = 4
print(ka, va, len(ka), 'new' in ka, 4 in va)
print(type(ka).__name__, type(va).__name__, type(ia).__name__, type(ka & kb).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: va == a.values())
t(lambda: va & {1})
t(lambda: ka & 5)
t(lambda: ka | [[1]])
t(lambda: ia & [[1]])
t(lambda: ka[0])
t(lambda: sorted(ka, reverse=True))
t(lambda: {}.keys() == set())
t(lambda: hash(ka))

# Tuples: construction, indexing, slicing, count/index, hashing of contents, immutability errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

tp = (1, 2, 3, 2, 'x', (4, 5))
t(lambda: tp[1:4])
t(lambda: tp[::-2])
t(lambda: tp[-1][0])
t(lambda: tp[10])
t(lambda: tp['a'])
t(lambda: tp.count(2))
t(lambda: tp.index(2, 2))
t(lambda: tp.index(7))
t(lambda: tuple())
t(lambda: tuple('abc'))
t(lambda: tuple([1, [2]]))
t(lambda: tuple(x * x for x in range(4)))
t(lambda: tuple(5))
t(lambda: tuple(1, 2))
t(lambda: (1,) == (1.0,))
t(lambda: (1, 2) + (3,))
t(lambda: (1,) * 3)
t(lambda: len(()))
t(lambda: (1, 2)[1:1])
t(lambda: repr((1,)))
t(lambda: repr(()))
t(lambda: repr(((),)))
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash((1, [2])))
t(lambda: {(1, 2): 'a'}[(1, 2)])
def assign():
    tp[0] = 5
t(assign)
def delete():
    del tp[0]
t(delete)
t(lambda: tp.append(1))
a, *b, c = tp
print(a, b, c)
t(lambda: max((3, 1, 2)))
t(lambda: 2 in tp)
t(lambda: [5] in ((5,), [5]))
t(lambda: tp < (1, 2, 4))

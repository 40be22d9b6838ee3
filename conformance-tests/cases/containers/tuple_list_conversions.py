# Conversions between containers keep order and duplicates as CPython's constructors do.
d = {'b': 2, 'a': 1, 'c': 3}
print(list(d), tuple(d.values()), list(d.items()), sorted(d, key=d.get))
print(tuple([1, 2, 2, 3]), list((3, 2, 1)), sorted({3, 1, 2}), list(range(3, -3, -2)))
print(dict(zip('abc', [1, 2, 3])), list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy', 1)))
print(list(map(list, ['ab', 'cd'])), tuple(tuple(x) for x in ['ab']), [list(t) for t in zip('ab', 'cd')])
print(str([1, 'a', None]), str((1,)), repr(['it\'s']), str({'k': (1, [2])}))
print(list(reversed(tuple('abc'))), tuple(sorted('cba')), ''.join(reversed('abc')))
print(list(frozenset([1])), list(b'ab'), list(bytearray(b'\x00\xff')), tuple('é'))
nested = [[1, 2], [3, [4, 5]]]
flat = []
def walk(x):
    for y in x:
        if isinstance(y, list):
            walk(y)
        else:
            flat.append(y)
walk(nested)
print(flat, sum(flat), max(flat), min(flat))

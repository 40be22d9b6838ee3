# Unpacking in for targets, nested targets, swaps, and attribute/item targets.
pairs = [(1, ('a', 'b')), (2, ('c', 'd'))]
for n, (first, second) in pairs:
    print(n, first, second)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
a, b = 1, 2
a, b = b, a
print(a, b)


class Box:
    pass


box = Box()
data = {}
box.x, data['y'] = 'attr', 'item'
print(box.x, data)
(p, q), r = 'xy', 'z'
print(p, q, r)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
first, *middle, last = 'abcdef'
print(first, middle, last)
[x] = [42]
print(x)

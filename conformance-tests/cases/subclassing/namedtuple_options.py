from collections import namedtuple

Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults, Q(c=0, a=1))
try:
    Q()
except TypeError as e:
    print('TypeError', e)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple('S', 'one, two   three')
print(S._fields, S(1, 2, 3), namedtuple('E', '')(), namedtuple('One', 'only')(1), namedtuple('One', 'only')._make('x'))
M = namedtuple('M', 'a', module='somewhere')
print(M.__module__, M(1))
for args in [('X', 'a a'), ('X', '_a'), ('X', 'a-b'), ('def', 'a'), ('X', 'class'), ('1X', 'a')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('X', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
Node = namedtuple('Node', 'value children', defaults=[()])
tree = Node(1, (Node(2), Node(3, (Node(4),))))
print(tree)


def total(node):
    return node.value + sum(total(c) for c in node.children)


print(total(tree), Node._make([5]) if False else Node(5), tree._asdict()['value'])

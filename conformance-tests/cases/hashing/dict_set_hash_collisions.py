# Keys with equal hashes but unequal values coexist; equal keys merge whatever their type.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%r)' % self.name
d = {Key('a'): 1, Key('b'): 2, 42: 'int'}
d[Key('a')] = 10
print(d, len(d), Key('b') in d, Key('z') in d, 42 in d)
del d[Key('a')]
print(d)
s = {Key('x'), Key('y'), Key('x')}
print(len(s), Key('y') in s)
print({-1: 'a', -2: 'b'}, {2**61 - 1: 'x', 0: 'y'}, {2**61: 'p', 1: 'q'})
print(len({hash(-1), hash(-2)}), {1, 1.0, True, 1 + 0j}, {0, 0.0, -0.0, False, 0j})
print({10**20: 1, float(10**20): 2}, {2**64: 'i', 2.0**64: 'f'})

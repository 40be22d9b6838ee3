from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d['a'], 'c' in d, d.get('c'), len(d), isinstance(d, dict), d.default_factory, type(d).__name__)
print(defaultdict(int, {'x': 1}), defaultdict(), dict(d), defaultdict(None, a=1), repr(defaultdict(set)))
words = 'the quick the lazy the end'.split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, sorted(counts.items()), max(counts, key=counts.get))
groups = defaultdict(lambda: 'unset')
print(groups['q'], groups.copy()['q'], type(groups.copy()).__name__, dict(groups))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(42)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], dict(nested['x']), list(nested))
d.default_factory = None
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
print(d | {'n': 0}, type(d | {'n': 0}).__name__, {'m': 1} | defaultdict(int), d == {'a': [1, 2], 'b': []})
try:
    d.other = 1
except AttributeError:
    print('AttributeError')


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(type(t['a']).__name__, t['a']['b']['c'], 'b' in t['a'])

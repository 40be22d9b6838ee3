from collections import Counter

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], 'z' in c, c.total(), sorted(c.elements()), len(c))
c.update('aaz')
c.subtract({'a': 1})
print(c, isinstance(c, dict), type(c).__name__)
print(c + Counter('zz'), c - Counter('a' * 10), Counter('ab') | Counter('bbc'), Counter('ab') & Counter('bbc'))
print(Counter(a=1, b=-2), +Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), Counter({'x': 2, 'y': 5}))
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
c2 = Counter(a=3)
c2 += Counter(a=-1, b=2)
print(c2)
c2 -= Counter(a=5)
print(c2)
del c2['zz']
c2['q'] = 0
print(c2, dict(c2), list(c2), c2.copy(), type(c2.copy()).__name__)
print(Counter(['x', 'y', 'x']), Counter({'k': 1}, k=2), sum(Counter('hello').values()), Counter('hello').most_common(1)[0])
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('ab') == {'a': 1, 'b': 1}, Counter(a=1).get('a'), sorted(Counter('mississippi').items()))

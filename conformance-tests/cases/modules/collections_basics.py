# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap.
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], tuple(p), p == (1, 2), p._asdict(), p._replace(x=5), Point._fields, len(p))
x, y = p
print(x + y, hash(p) == hash((1, 2)), Point._make([3, 4]), sorted([Point(2, 1), Point(1, 2)]))
Conf = namedtuple('Conf', ['host', 'port'], defaults=[8080])
print(Conf('h'), Conf('h', 1))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('Bad', 'a a'), lambda: setattr(p, 'x', 3)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.pop(), d.popleft(), list(d), len(d), 3 in d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d, deque('ab'), deque())
try:
    deque().pop()
except IndexError as e:
    print(e)

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz')
c.subtract({'b': 2})
print(c, Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1), len(Counter(words)))

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['missing'], len(dd), sorted(dd))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts, dict(counts.items()))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)

od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
od.move_to_end('b')
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())

base = {'color': 'red', 'size': 1}
cm = ChainMap({'size': 2}, base)
print(cm['size'], cm['color'], sorted(cm), len(cm), 'color' in cm)
cm['new'] = True
print(cm.maps[0], cm.new_child({'size': 3})['size'])

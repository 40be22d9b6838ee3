from collections import OrderedDict

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a')
print(o, list(o), list(o.items()))
o.move_to_end('c', last=False)
print(o, list(reversed(o)), isinstance(o, dict), type(o).__name__)
print(o.popitem(), o.popitem(last=False), o, OrderedDict(), repr(OrderedDict([('k', [1])])))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict.fromkeys('ab'), OrderedDict.fromkeys('xy', 0), OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
try:
    hash(OrderedDict())
except TypeError:
    print('TypeError')
lru = OrderedDict()
for key in 'abcabd':
    if key in lru:
        lru.move_to_end(key)
    lru[key] = key.upper()
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru, o.copy(), type(o.copy()).__name__, dict(lru))

# Dicts keep insertion order; deleting and re-inserting moves a key to the end, updating does not.
d = {}
for k in 'qwerty':
    d[k] = ord(k)
print(d)
del d['w']
d['w'] = 0
print(list(d))
d['q'] = 'updated'
print(d)
d.pop('e')
d.update({'e': 1, 'a': 2})
print(d, len(d))
d2 = dict.fromkeys('abc')
d2.update(c=3, a=1)
print(d2)
x = {1: 'a', 1.0: 'b', True: 'c'}
print(x)
y = {}
for i in range(20):
    y[i] = i
for i in range(0, 20, 2):
    del y[i]
for i in range(0, 20, 4):
    y[i] = -i
print(y)
print(list(reversed(y)), list(y.items())[:3])
z = {'b': 1, 'a': 2}
print(z == {'a': 2, 'b': 1}, list(z) == list({'a': 2, 'b': 1}))
print({**z, 'c': 3, 'b': 9}, dict(z, b=0, d=4))

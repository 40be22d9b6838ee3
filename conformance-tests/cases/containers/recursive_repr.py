# Containers that contain themselves print with ... where the recursion is.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
t = (a,)
print(t)
c = []
c.append([c])
print(c)
d2 = {}
d2[1] = [d2, (d2,)]
print(d2)
print(d.keys(), d.values())
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return 'Box(%r)' % self.items
x = Box()
x.items.append(x)
print(x)
a2 = [1]
a2.append(a2)
print(a == a2 if False else 'skip', len(a), a[2] is a)
try:
    a == a2
except RecursionError as e:
    print(type(e).__name__)

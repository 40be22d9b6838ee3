# Instances of a subclass carry a __dict__ unless the class has only __slots__.
class WithDict(list):
    pass


class Slotted(list):
    __slots__ = ('owner',)


class SlottedChild(Slotted):
    __slots__ = ()


w = WithDict()
w.a = 1
print(w.__dict__, vars(w), hasattr(w, '__dict__'))
s = Slotted([1])
s.owner = 'me'
print(s, s.owner, hasattr(s, '__dict__'))
for obj in (s, SlottedChild()):
    try:
        obj.other = 1
    except AttributeError as e:
        print('AttributeError', e)
try:
    SlottedChild().owner
except AttributeError as e:
    print('AttributeError', e)


class Point(tuple):
    __slots__ = ()

    @property
    def x(self):
        return self[0]


p = Point((3, 4))
print(p.x, p)
try:
    p.y = 1
except AttributeError as e:
    print('AttributeError', e)


class Named(str):
    __slots__ = ('title',)


n = Named('x')
n.title = 'T'
print(n, n.title)
try:
    del n.title
    print(n.title)
except AttributeError as e:
    print('AttributeError', e)

# Attribute loads and stores stay right when classes gain properties, descriptors or __getattr__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(p):
    return abs(p.x) + abs(p.y)


def move(p, dx):
    p.x = p.x + dx
    p.x += 0


pts = [Point(i, -i) for i in range(50)]
total = 0
for _ in range(100):
    for p in pts:
        move(p, 1)
        total += norm1(p)
print(total)

# A class attribute is seen while the instance has none of that name; then the instance's wins.
Point.z = 5
def get_z(p):
    return p.z
print(get_z(pts[0]))
pts[0].z = 7
print(get_z(pts[0]), get_z(pts[1]))

# A property added to the class later is a data descriptor: it wins over the instance dict.
Point.x = property(lambda self: "property x", lambda self, v: print("setter got", v))
print(norm1.__name__, pts[3].x)
def set_x(p, v):
    p.x = v
set_x(pts[3], 1)
del Point.x
print(pts[3].x)

# Deleting an instance attribute: the next load fails, then __getattr__ answers once added.
del pts[4].y
try:
    norm1(pts[4])
except AttributeError as e:
    print("AttributeError:", e)
Point.__getattr__ = lambda self, name: 1000
print(norm1(pts[4]), norm1(pts[5]))
del Point.__getattr__
try:
    get_z(object.__new__(type("Empty", (), {})))
except AttributeError as e:
    print("AttributeError:", e)

# A descriptor class that gains __set__ later turns into a data descriptor.
class Desc:
    def __get__(self, obj, owner):
        return "from descriptor"


class Holder:
    d = Desc()


h = Holder()
h.__dict__["d"] = "from instance"
def get_d(o):
    return o.d
for _ in range(1000):
    r = get_d(h)
print(r)
Desc.__set__ = lambda self, obj, value: None
print(get_d(h))

# __setattr__ added to a class after its store sites are warm.
def store(p, v):
    p.y = v
for i in range(1000):
    store(pts[6], i)
print(pts[6].y)
Point.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
store(pts[6], 21)
print(pts[6].y)

# One site seeing many classes (beyond any inline cache) still answers each right.
classes = [type("K%d" % i, (), {"v": i}) for i in range(12)]
def get_v(o):
    return o.v
objs = [k() for k in classes]
print(sum(get_v(o) for _ in range(50) for o in objs))
objs[3].v = 100
print([get_v(o) for o in objs])

# Class patterns: isinstance, then __match_args__ for positional sub-patterns, getattr for keywords.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above at {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return f"somewhere: {p}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 3),
          Point3(1, 2, -3), (0, 0), None]:
    print(p, "->", where(p))

class NoArgs:
    pass

o = NoArgs()
o.attr = 5
match o:
    case NoArgs(attr=5, missing=1):
        print("missing attribute matched?!")
    case NoArgs(attr=a):
        print("attr", a)

class Prop:
    @property
    def computed(self):
        print("computing")
        return 7

match Prop():
    case Prop(computed=7):
        print("property matched")

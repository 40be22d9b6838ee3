from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color)
print([c.name for c in Color], Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(f"{Color.GREEN}", "%s" % Color.BLUE, str(Color.BLUE), type(Color.RED), isinstance(Color.RED, Color))
print(list(Color.__members__), {Color.RED: "r"}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.CIRCLE.value)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet.EARTH.value)

class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.HAPPY
print(Mood.SAD.describe(), Mood.default(), Mood('sad'))

class Alias(Enum):
    A = 1
    B = 1
    C = 2
print(list(Alias), Alias.B, Alias.B is Alias.A, list(Alias.__members__))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH == 2, Prio.LOW + 1, repr(Prio.HIGH), sorted([Prio.HIGH, Prio.LOW]))
print(int(Prio.HIGH), Prio.HIGH * 3)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(Perm), repr(~Perm.R))

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
print([o.value for o in Opt], repr(Opt.A | Opt.C))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
for c in list(Color)[::-1]:
    print(c.name, end=" ")
print()
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass
from typing import List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p.__eq__(5))
print(fields(p)[0].name, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=5))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

a, b = Version(1, 2), Version(1, 10)
print(a < b, a >= b, sorted([b, a]), hash(a) == hash(Version(1, 2)))
try:
    a.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.count * 2.5

i = Inventory("box")
i.items.append("apple")
print(i, Inventory("box") == Inventory("box", secret="t"), i.total)
j = Inventory("crate", ["a", "b"], 4)
print(j, asdict(j))

@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = None

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str
print(hash(H(1, "x")) == hash(H(1, "x")), {H(1, "x"), H(1, "x")})

try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Base:
    a: int
    b: int = 2

@dataclass
class Derived(Base):
    c: int = 3

print(Derived(1), Derived(1, c=5), [f.name for f in fields(Derived)])

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(2, 10), WithInit(3))

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object"))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "Custom!"
print(Custom(1), Point.__match_args__)
match Point(1, 2):
    case Point(x, y):
        print("matched", x, y)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

pts = [Point(3, 1), Point(1, 2), Point(1, 1), Point(2, 5)]
print(sorted(pts))
print(max(pts), min(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1,2) == (1,2))
print(Point(1, 2) + Point(3, 4))
print(len({Point(1, 1), Point(1, 1), Point(2, 2)}))
print(sorted(pts, key=lambda p: -p.y))
print(sorted(pts, reverse=True))
print(str(Point(0, 0)), [Point("a", 1.5)])
print(Point(1,2) in pts, pts.index(Point(1,1)))
try:
    Point(1, 2) > Point(0, 0)
except TypeError as e:
    print("TypeError:", e)
print(Point(1, 2) > Point(0, 0))
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], d)

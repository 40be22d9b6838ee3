# __eq__ and __hash__: defining __eq__ makes a class unhashable unless __hash__ is defined too.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class NoHash:
    def __eq__(self, other):
        return True


s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): 'origin'}[Point(0, 0)])
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2))
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__, NoHash() == 5, NoHash() != 5)


class Plain:
    pass


p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))

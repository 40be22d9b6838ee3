# With ties, max and min return the first extreme item; sorted keeps ties in input order.
items = [('a', 3), ('b', 1), ('c', 3), ('d', 1), ('e', 2)]
print(max(items, key=lambda p: p[1]), min(items, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([1.0, 1]), min([True, 1]))
print(max('abcABC', key=str.lower), min('abcABC', key=str.lower))
print(sorted(items, key=lambda p: p[1]), sorted(items, key=lambda p: p[1], reverse=True))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -(x % 4)))
print(max([[], [1], [0, 0]], key=len), max([-0.0, 0.0]), max([0.0, -0.0]), min([0, -0.0, 0.0]))
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Box(%r)' % self.v
print(max([Box(1), Box(3), Box(2)]), min([Box(2), Box(1), Box(1)]), sorted([Box(2), Box(1)]))
try:
    max([Box(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

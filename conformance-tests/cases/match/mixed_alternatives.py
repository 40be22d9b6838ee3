# Or-patterns mixing pattern kinds, with the same names bound in different positions.
class Pair:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

def unpack(v):
    match v:
        case Pair(a, b) | [a, b] | {"left": a, "right": b} | (b, a, "swapped"):
            return a, b
        case int(a) | str(a) if a:
            return ("scalar", a)
        case _:
            return None

for v in [Pair(1, 2), [3, 4], {"left": 5, "right": 6}, (8, 7, "swapped"), 9, "", "s", 0.5]:
    print(unpack(v))

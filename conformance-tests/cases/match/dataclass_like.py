# A hand-written dataclass-like base: __match_args__ set from the fields a subclass names.
class Record:
    def __init_subclass__(cls, fields):
        cls.__match_args__ = tuple(fields)
    def __init__(self, *values):
        for name, value in zip(self.__match_args__, values):
            setattr(self, name, value)
    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__match_args__)
        return f"{type(self).__name__}({args})"

class Circle(Record, fields=["radius"]):
    pass

class Rect(Record, fields=("width", "height")):
    pass

def area(shape):
    match shape:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square of {w * h}"
        case Rect(w, h):
            return w * h

print(Circle.__match_args__, Rect.__match_args__)
for s in [Circle(1), Rect(2, 3), Rect(4, 4)]:
    print(s, area(s))

# Keyword sub-patterns work with the same attributes, in any order.
match Rect(1, 2):
    case Rect(height=h, width=w):
        print("keywords", w, h)

# Dotted names are value patterns (compared with ==); bare names always capture.
import math

class Color:
    RED = "red"
    GREEN = "green"

class Config:
    class Limits:
        LOW = 1
        HIGH = 10

def name(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Config.Limits.LOW | Config.Limits.HIGH:
            return "a limit"
        case math.pi:
            return "pi"
        case _:
            return "?"

for c in ["red", "green", 1, 10, 3.141592653589793, 5]:
    print(c, name(c))

# Keys of mapping patterns may be dotted names too.
match {"red": 1, "green": 2}:
    case {Color.RED: r, Color.GREEN: g}:
        print(r, g)

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return True

class Holder:
    value = Eq()

match 123:
    case Holder.value:
        print("matched through __eq__")

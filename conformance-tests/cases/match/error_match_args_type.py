# __match_args__ must be a tuple of strings.
class Listy:
    __match_args__ = ["x"]
    x = 1

class Mixed:
    __match_args__ = ("x", 2)
    x = 1

try:
    match Mixed():
        case Mixed(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

match Listy():
    case Listy(1):
        pass

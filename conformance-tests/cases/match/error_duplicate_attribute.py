# The same attribute twice (through __match_args__ and a keyword) is a TypeError.
class P:
    __match_args__ = ("x", "y")
    x = 1
    y = 2

match P():
    case P(1, y=2):
        print("fine")
match P():
    case P(1, x=1):
        print("unreachable")

# More positional sub-patterns than __match_args__ names.
class Pair:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def check(v):
    match v:
        case Pair(1, 2, 3):
            return "three"

print(check(5))
check(Pair())

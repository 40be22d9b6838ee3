# The truth test of a guard is reported at the pattern (CPython's location for it).
class Unsure:
    def __bool__(self):
        raise ValueError("cannot decide")

def f(v):
    match v:
        case [x] if Unsure():
            return x

f([1])

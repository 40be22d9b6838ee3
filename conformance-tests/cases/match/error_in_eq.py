# An exception raised by __eq__ of a value pattern propagates from the pattern.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")

class Values:
    bad = Bad()

def f(v):
    match v:
        case 1:
            return "one"
        case [Values.bad, *_]:
            return "bad"

print(f(1))
print(f([]))
f([2])

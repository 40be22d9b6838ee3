# An error in a guard propagates; the captures it saw are already bound.
def f(v):
    match v:
        case [x, y] if x / y > 1:
            return "ratio above one"
        case _:
            return "other"

print(f([4, 2]))
print(f([1, 2]))
f([1, 0])

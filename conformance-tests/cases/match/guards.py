# Guards run after the captures are bound; a failed guard leaves them bound.
def f(v):
    match v:
        case [x, y] if x == y:
            return "equal pair"
        case [x, y] if x > y:
            return "descending"
        case [x, y]:
            return "ascending"
        case n if n < 0:
            return "negative"
        case n:
            return "other"

for v in [[1, 1], [2, 1], [1, 2], -5, 5]:
    print(v, f(v))

match [3, 4]:
    case [a, b] if a > b:
        print("not taken")
    case _:
        print("guard failed; a and b are still bound:", a, b)

# The guard may use the walrus operator; it is evaluated only when the pattern matched.
log = []
def check(v):
    log.append(v)
    return v > 1

match 5:
    case str() if check("never"):
        pass
    case int(n) if (half := n // 2) and check(n):
        print("half", half)
print(log)

# A failed pattern binds nothing.
match (1, 2):
    case (p, 3):
        pass
    case _:
        pass
try:
    print(p)
except NameError as e:
    print("NameError:", e)

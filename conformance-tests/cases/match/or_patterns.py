# Or-patterns try alternatives left to right; names bound by the one that matched.
def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"on an axis at {y}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case "a" | "b" | "c":
            return "letter"
        case _:
            return "unknown"

for p in [(0, 0), (0, 5), (7, 0), [1, 2], {"x": 3, "y": 4}, "b", "z", (1, 2, 3)]:
    print(p, "->", classify(p))

# The first alternative that matches wins, even when a later one also would.
match [1, 2]:
    case [a, 2] | [1, a]:
        print("a =", a)

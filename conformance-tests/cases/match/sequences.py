# Sequence patterns match list, tuple and range, but never str, bytes or bytearray.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [a, b, c]:
            return f"three: {a} {b} {c}"
        case _:
            return "not a short sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(3), "ab", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, iter([1, 2]), [1, 2, 3, 4]]:
    print(type(v).__name__, seq(v))

match (1, [2, (3, 4)], 5):
    case (a, [b, (c, d)], e):
        print("nested", a, b, c, d, e)

match range(10, 13):
    case [x, y, z]:
        print("range items", x, y, z)

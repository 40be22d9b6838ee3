# Captures in functions are locals; in closures they are cells; global/nonlocal are honoured.
def outer(v):
    match v:
        case [a, b]:
            pass
        case other:
            a, b = other, None
    def inner():
        return a, b
    return inner()

print(outer([1, 2]))
print(outer(3))

total = None
def set_global(v):
    global total
    match v:
        case {"total": total}:
            pass

set_global({"total": 99})
print("global", total)

def counter():
    count = 0
    def bump(v):
        nonlocal count
        match v:
            case int(count):
                pass
        return count
    return bump

b = counter()
print(b(5), b("no"), b(7))

class Box:
    match (1, 2):
        case (first, second):
            pass
print(Box.first, Box.second)

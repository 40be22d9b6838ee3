# Star patterns collect the middle into a new list; *_ matches without binding.
def parts(x):
    match x:
        case [*all]:
            return ("all", all)

def ends(x):
    match x:
        case [first, *middle, last]:
            return ("ends", first, middle, last)
        case [*_]:
            return ("short", len(x))

print(parts((1, 2, 3)))
print(parts(range(3)))
print(parts(()))
for v in [[1], [1, 2], (1, 2, 3, 4), range(6), "abc"]:
    print(v, ends(v))

match [1, 2, 3, 4, 5]:
    case [1, *_, 4, last]:
        print("wildcard star, last =", last)
match (1, 2):
    case (*head, 2):
        print("head", head, type(head).__name__)
match [0, 1, 2]:
    case [_, *_, _]:
        print("only wildcards")
match [9]:
    case [*_, a, b]:
        print("unreachable")
    case [*rest, a]:
        print("rest", rest, "a", a)

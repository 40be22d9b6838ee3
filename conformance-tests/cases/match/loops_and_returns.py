# break, continue and return from inside case bodies; match inside try/finally.
def first_string(values):
    for v in values:
        match v:
            case str():
                return v
            case None:
                break
            case int():
                continue
        print("fell through with", v)
    return "none found"

print(first_string([1, 2.5, "yes", "no"]))
print(first_string([1, None, "late"]))
print(first_string([]))

def safe(v):
    try:
        match v:
            case [x]:
                return 10 / x
            case _:
                return "?"
    except ZeroDivisionError:
        return "division by zero"
    finally:
        print("finally for", v)

print(safe([2]))
print(safe([0]))
print(safe("s"))

i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            continue
        case 5:
            break
    print("i =", i)

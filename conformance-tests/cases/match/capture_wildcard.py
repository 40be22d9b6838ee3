# Capture patterns bind the subject; _ never binds; the subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return 42

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case n:
        print("captured", n)
print("subject evaluated", len(calls), "time(s)")

match 10:
    case _:
        print("wildcard matched")
try:
    _
except NameError as e:
    print("NameError:", e)

match (1, 2):
    case (x, _):
        print("x =", x)

match 3:
    case (y):
        print("parenthesized capture", y)

# A capture or wildcard with a guard may come before other cases.
def f(v):
    match v:
        case x if x > 10:
            return "big"
        case _ if v < 0:
            return "negative"
        case x:
            return "small"

print(f(11), f(-1), f(5))

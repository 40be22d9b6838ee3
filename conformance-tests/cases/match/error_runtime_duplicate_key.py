# Two value keys that turn out equal are detected at run time (a ValueError).
class K:
    A = "same"
    B = "same"

match {"same": 1, "other": 2}:
    case {K.A: a, K.B: b}:
        print(a, b)

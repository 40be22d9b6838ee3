# 1, 1.0 and True are the same key.
match {}:
    case {"k": 1, 1: a, True: b}:
        pass

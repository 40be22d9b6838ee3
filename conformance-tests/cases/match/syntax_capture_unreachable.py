# A bare capture before the last case makes the rest unreachable: a compile-time SyntaxError.
print("never printed: the module does not compile")
def f(v):
    match v:
        case 1:
            pass
        case other:
            pass
        case 2:
            pass

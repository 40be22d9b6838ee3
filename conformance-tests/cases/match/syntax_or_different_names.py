# All alternatives must bind the same names; the error points at the last sub-pattern compiled.
match (1, 2):
    case (a, 1) | [2, b, _]:
        pass

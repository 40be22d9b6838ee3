match [1, 2, 3]:
    case [1, *a, *b]:
        pass

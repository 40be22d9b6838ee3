match 0:
    case [1, __debug__]:
        pass

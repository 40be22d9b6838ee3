match {"a": 1, "b": 2}:
    case {"a": x, "b": [y, Point(z=x)]}:
        pass

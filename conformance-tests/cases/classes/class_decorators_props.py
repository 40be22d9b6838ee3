# A class decorator that adds methods, and a classmethod constructor working with subclasses.
def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inside = ', '.join(f'{f}={getattr(self, f)!r}' for f in fields)
        return f'{type(self).__name__}({inside})'
    cls.__repr__ = __repr__
    return cls


@add_repr
class Pair:
    fields = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b

    @classmethod
    def from_string(cls, text):
        a, b = text.split(',')
        return cls(int(a), int(b))


class NamedPair(Pair):
    fields = ('a', 'b', 'name')

    def __init__(self, a, b, name='n'):
        super().__init__(a, b)
        self.name = name


print(Pair(1, 2), Pair.from_string('3,4'), NamedPair.from_string('5,6'), repr(NamedPair(7, 8, 'x')))

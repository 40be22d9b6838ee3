# Bases whose instances cannot be combined, and built-ins that cannot be bases.
attempts = [
    ('int, str', (int, str)),
    ('list, dict', (list, dict)),
    ('Exception, list', (Exception, list)),
    ('set, frozenset', (set, frozenset)),
    ('tuple, bytes', (tuple, bytes)),
    ('bool', (bool,)),
    ('range', (range,)),
    ('slice', (slice,)),
    ('NoneType', (type(None),)),
    ('list, list', (list, list)),
]
for label, bases in attempts:
    try:
        cls = type('X', bases, {})
        print(label, 'ok', cls.__mro__)
    except TypeError as e:
        print(label, 'TypeError:', e)


class Mixin:
    pass


class Fine(Mixin, list):
    pass


class AlsoFine(KeyError, LookupError):
    pass


class ListOfInts(list):
    pass


class Deeper(ListOfInts, Mixin):
    pass


print(Fine.__mro__, AlsoFine.__mro__, Deeper.__mro__)
try:
    class Clash(ListOfInts, dict):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Flag(bool):
        pass
except TypeError as e:
    print('TypeError:', e)

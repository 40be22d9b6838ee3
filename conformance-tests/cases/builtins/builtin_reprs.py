# repr of built-in functions, types, methods and singletons that do not depend on addresses.
print(repr(len), repr(print), repr(int), repr(type), repr(object), repr(None), repr(NotImplemented), repr(Ellipsis))
print(repr(int.bit_length), repr(list.append))
print(repr(ValueError), repr(KeyError()), repr(range), repr(slice(None)), repr(...))
print(type(len).__name__, type([].append).__name__, type(list.append).__name__, type(None).__name__)
print(type(NotImplemented).__name__, type(...).__name__, type(lambda: 0).__name__, type(x for x in []).__name__)
print(int.__qualname__, int.__name__, ValueError.__qualname__)
print(str(int), str(None), str(...), format(None), bool(NotImplemented) if False else 'skip')
print(int.__module__, ValueError.__module__)

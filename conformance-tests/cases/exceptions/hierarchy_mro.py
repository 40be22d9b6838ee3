# The built-in exception hierarchy as CPython 3.11 defines it, by __mro__ names.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__], cls.__base__.__name__ if cls.__base__ else None)

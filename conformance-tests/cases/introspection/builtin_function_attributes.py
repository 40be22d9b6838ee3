# __module__, __self__ and __text_signature__ of built-in functions and methods, and of types.
import builtins
import math

for f in (len, print, abs, getattr, math.sqrt, math.hypot):
    print(f.__name__, f.__module__, f.__self__ is builtins or f.__self__ is math, f.__text_signature__)
print(len.__self__)
items = [3, 1]
bound = items.append
print(bound.__self__ is items, bound.__module__, bound.__text_signature__)
print('abc'.upper.__text_signature__, {}.get.__text_signature__, (1).bit_length.__text_signature__)
for t in (object, int, dict, list, type):
    print(t.__name__, repr(t.__text_signature__))


class Mine:
    "Mine(a, b)"


print(Mine.__text_signature__)
print(type(len).__name__, type(bound).__name__)

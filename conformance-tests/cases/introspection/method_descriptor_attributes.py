# Methods of built-in types read from the type: their names, owner and signature text.
for m in (list.append, dict.get, str.upper, bytes.hex, set.add, int.bit_length, tuple.index):
    print(repr(m), m.__name__, m.__qualname__, m.__objclass__.__name__, m.__text_signature__)

print(list.append.__objclass__ is list)
xs = []
list.append(xs, 3)
print(xs)
try:
    list.append("not a list", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
names = sorted(n for n in ("__name__", "__qualname__", "__objclass__", "__text_signature__") if hasattr(str.split, n))
print(names)

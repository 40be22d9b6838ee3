# Slice reads, writes and deletes on bytearray with negative steps.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(range(10))
print(ba[::-1], ba[8:2:-2], ba[-3:], ba[:-7])
ba[8:2:-2] = b"xyz"
print(ba)
del ba[::-3]
print(ba)
ba[::-1] = ba
print(ba)
ba[1:3] = ba
print(ba, len(ba))
ba[:] = range(3)
print(ba)
del ba[:]
print(ba, ba == b"", len(ba))
def assign_reversed():
    x = bytearray(b"ab")
    x[::-1] = b"abc"
t(assign_reversed)

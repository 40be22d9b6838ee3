# Augmented assignment changes lists, bytearrays, dicts and sets in place (their __imul__,
# __iadd__, __ior__...), so every name bound to the object sees the change.
a = [1, 2]
alias = a
a *= 2
print(alias, a is alias)
a *= 0
print(alias, a is alias)
d = {1: 2}
e = d
d |= {3: 4}
d |= [(5, 6)]
print(e, d is e)
b = bytearray(b"ab")
c = b
b += b"cd"
b += b"e"
print(c, b is c)
b *= 2
print(c, b is c)
s = {1}
t = s
s |= {2}
s &= {2, 3}
s -= {9}
s ^= {7}
print(t, s is t)
x = (1,)
y = x
x *= 2
print(y, x, x is y)
for target, operand in (([1], "x"), (bytearray(b"a"), "x"), (bytearray(b"a"), 1.5), ({}, 1)):
    try:
        if isinstance(target, dict):
            target |= operand
        elif isinstance(operand, str) and isinstance(target, bytearray):
            target += operand
        else:
            target *= operand
    except TypeError as err:
        print("TypeError", err)

# Augmented assignment on numbers and containers: in place for mutable, rebinding otherwise.
x = 7
x += 3; x -= 1; x *= 4; x //= 5; x **= 3; x %= 100; x <<= 2; x >>= 1; x |= 1; x &= 0b111101; x ^= 6
print(x)
f = 1.5
f += 1; f *= 2; f /= 4; f **= 2; f -= 0.5; f //= 0.3; f %= 0.7
print(f)
s = 'ab'
s += 'c'; s *= 2
print(s)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
l = [1]
m = l
l += (2, 3)
l *= 2
print(l, m, l is m)
st = {1}
st2 = st
st |= {2}; st &= {1, 2, 3}; st -= {3}; st ^= {9}
print(st, st is st2)
d = {'k': [1]}
d['k'] += [2]
d['n'] = d.get('n', 0) + 1
print(d)
try:
    t2 = (1, [2])
    t2[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t2)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    q = 'a'
    q -= 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = 1
    z /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
big = 2
big **= 100
big //= 3
print(big, big.bit_length())

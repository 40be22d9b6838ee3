# Bitwise operators use two's complement with infinite sign extension.
vals = (0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 7, -(2**100 + 7))
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 200)
    for b in (3, -3, 2**70 - 1, -(2**70)):
        print(' ', b, a & b, a | b, a ^ b)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: -1 >> 10**30)
t(lambda: 0 << 10**30)
t(lambda: 1 & 1.0)
t(lambda: True & False)
t(lambda: True | 2)
t(lambda: ~True)
t(lambda: True ^ True)

# repr of 3000 doubles spread over the whole exponent range, built from a linear congruential
# generator with float.fromhex, so the values are the same on every run.
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
out = []
for i in range(3000):
    bits = nxt()
    mant = bits >> 12
    exp = nxt() % 2046 - 1022
    sign = '-' if bits & 1 else ''
    x = float.fromhex('%s0x1.%013xp%d' % (sign, mant, exp))
    if i % 3 == 0:
        x = float('%.*g' % (nxt() % 17 + 1, x))
    out.append(repr(x))
    assert float(repr(x)) == x
for k in range(0, len(out), 6):
    print(' '.join(out[k:k + 6]))

# repr(float) is the shortest string that round-trips, for values made by arithmetic across
# the whole exponent range (a deterministic generator, no random module), and str()/format
# agree with it; float(repr(x)) == x for all of them.
vals = []
x = 1.0
for i in range(60):
    x = x * 7.3 + 0.1 / (i + 1)
    vals.append(x)
y = 1.0
for i in range(60):
    y = y / 13.7 - 1e-3 / (i + 3)
    vals.append(y)
z = 0.1
for i in range(40):
    z = z * z + 0.3 if z < 1e10 else z / 1e12
    vals.append(-z)
vals += [5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 9007199254740993.0, 0.1 + 0.7, 1 / 7, 2 / 3, 1e23, 8.41e21, 5e-7, 123456789012345678.0]
out = []
for v in vals:
    r = repr(v)
    out.append(r)
    assert float(r) == v
print(' '.join(out))
print(' '.join(str(v) for v in vals[:20]) == ' '.join(out[:20]), [format(v, '') == repr(v) for v in vals[-5:]], [format(v, 'r') if False else '%r' % v for v in vals[-3:]])
print([f'{v:.17g}' for v in vals[-8:]])
print([round(v, 3) for v in vals[:10]], [round(v, -2) for v in vals[5:10]])

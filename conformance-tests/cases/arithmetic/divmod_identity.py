# a == (a // b) * b + a % b for ints of all signs and sizes; floats satisfy it approximately.
ints = [0, 1, -1, 2, -2, 7, -7, 12, -12, 2**31, -2**31, 2**63 - 1, -2**63, 2**64 + 5, -(2**64 + 5), 10**25 + 7]
bad = 0
rows = []
for a in ints:
    for b in ints:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            bad += 1
        rows.append('%d' % q)
print(bad, len(rows))
print(' '.join(rows[:40]))
print(' '.join(rows[-40:]))
floats = [0.5, -0.5, 3.75, -3.75, 1e10, -1e-10, 7.0]
for a in floats:
    print(' '.join(repr(divmod(a, b)) for b in floats))

# Sorting floats with signed zeros, infinities and nan; max/min and set membership of floats.
inf = float('inf')
vals = [3.5, -0.0, 0.0, -inf, 2, inf, -1e-300, 1e-300, -7, 0]
print(sorted(vals), sorted(vals, reverse=True))
print(max(vals), min(vals), sorted(vals, key=abs))
print([repr(x) for x in sorted([0.0, -0.0, 0, -0.0])])
s = {0.0, -0.0, 0, 1.0, 1, True}
print(s, len(s))
nan = float('nan')
print(sorted([2.0, 1.0, 3.0]) == [1.0, 2.0, 3.0], nan in [nan], nan in {nan}, float('nan') in {nan})
print(round(sum(x for x in vals if abs(x) != inf), 10), sum([0.1, 0.2, 0.3]) == 0.6, sum([0.3, 0.2, 0.1]))

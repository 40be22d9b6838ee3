# Float comparisons against big ints are exact, even beyond 2**53 and at infinity.
import itertools
vals = [2**53, 2**53 + 1, 2.0**53, 2.0**53 + 2, 10**16, 1e16, 10**308, 1e308, 10**309,
        float('inf'), -float('inf'), float('nan'), -(2**63), -9.223372036854776e18, 0, -0.0]
for a, b in itertools.combinations(vals, 2):
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted([2**53 + 1, 2.0**53, 2**53 - 1, 9007199254740993.0]))
print(2**60 in {float(2**60)}, float(2**60) in {2**60}, (2**60 + 1) in {float(2**60)})

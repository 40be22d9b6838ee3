# Augmented assignment on a set updates it in place (other names see it); on a frozenset it rebinds.
a = set([1, 2, 3, 40])
alias = a
a |= set([5, 72])
a -= set([1])
a &= set([2, 3, 5, 72, 40, 99])
a ^= set([3, 8])
print(a, alias, a is alias)
f = frozenset([1, 2])
g = f
f |= frozenset([3])
print(f, g, f is g)
s = set(range(10))
s -= set(range(2, 9))
s |= set([100, 36])
print(s)

# Subset and superset comparisons, equality with other types, and sorting sets by inclusion.
sets = [set(), {1}, {2}, {1, 2}, {1, 2, 3}, frozenset({2, 3})]
for x in sets:
    print([(x < y, x <= y, x == y) for y in sets])
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len), max([{1}, {1, 2}], key=len))
print({1, 2} == {2, 1}, {1} == {1.0}, {1} == {True}, set() == frozenset(), set() == [], set() != ())
print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1}.issubset({1}), {1}.issuperset(set()))
try:
    print({1} < 'a')
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{3}, {1}, {2}]), min([{2}, {1}]))

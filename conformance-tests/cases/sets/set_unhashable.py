# A set is unhashable, so it cannot be an element; lists neither.
s = set([1])
print(frozenset(s) in set([frozenset([1])]))
s.add([1, 2])

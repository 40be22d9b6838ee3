# remove() of a missing element raises KeyError with the element.
s = set([1, 2, 3])
s.remove(2)
print(s)
s.remove((4, 5))

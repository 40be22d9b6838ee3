# print(sep=) must be a str or None.
print("a", "b", sep=1)

# List literals, repr, len, indexing (negative too) and item assignment.
xs = [10, 20, 30, 40]
print(xs)
print(len(xs))
print(xs[0], xs[3])
print(xs[-1], xs[-4])
xs[1] = "twenty"
xs[-1] = None
print(xs)
print([])
print(repr([]))
print([1])
print([1.5, "s", None, True, [2, [3]]])
print(["quote'd", 'dq"'])
empty = []
print(len(empty))
nested = [[1, 2], [3, 4]]
nested[1][0] = 99
print(nested)
print(nested[-1][-1])
print(str([1, 2]))

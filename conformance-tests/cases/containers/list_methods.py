# Common list methods (beyond the first slice): append, pop, insert, index.
xs = []
for i in range(5):
    xs.append(i * i)
print(xs)
print(xs.pop())
print(xs.pop(0))
xs.insert(1, "x")
print(xs)
print(xs.index(4))

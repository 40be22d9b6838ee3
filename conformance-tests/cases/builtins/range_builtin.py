# range objects: repr, indexing and conversion by iteration.
print(range(5))
print(range(1, 5))
print(range(1, 10, 2))
print(range(10, 0, -1))
r = range(0, 100, 7)
print(r[0], r[1], r[-1])
print(len(r))
collected = []
for i in range(3, -4, -2):
    collected = collected + [i]
print(collected)
print(range(0, -5, -1)[2])
print(range(2 ** 64, 2 ** 64 + 10, 3)[-1])

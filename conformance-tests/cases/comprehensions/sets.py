# Set displays and set comprehensions iterate in CPython's order.
print({x % 5 for x in range(20)}, {1, 2, 3} | {3, 4}, {n * n for n in [3, -3, 2]})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0] for w in words}, sorted({len(w) for w in words}))
print({i: {j for j in range(i)} for i in range(3)})

# List and dict comprehensions: filters, nested clauses, their own scope, closures inside.
squares = [x * x for x in range(6)]
print(squares)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({k: len(k) for k in ["a", "bb", "ccc"]})
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words if w[0].islower()] if False else [w.lower() for w in words])
def scale(items, factor):
    return [factor * v for v in items]
print(scale([1, 2, 3], 10))
x = "outer"
print([x for x in "ab"], x)
def nested(n):
    return [[r * c for c in range(n)] for r in range(n)]
print(nested(3))
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
print({n: [m for m in range(n)] for n in range(3)})
def f(k):
    return [lambda: k + i for i in range(2)]
print([g() for g in f(10)])

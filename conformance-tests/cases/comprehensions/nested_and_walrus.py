# Nested comprehensions, conditions on several levels, and := binding in the enclosing scope.
data = [3, -1, 4, -1, 5, -9, 2, 6]
print([y for x in data if (y := x * 2) > 0], y)
total = 0
running = [total := total + x for x in data]
print(running, total)
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1] if len(w) > 3])
print({w[0]: [len(v) for v in words if v[0] == w[0]] for w in words})
grid = [[(r, c) for c in range(3) if (r + c) % 2 == 0] for r in range(3)]
print(grid)
flat = [item for row in grid for item in row]
print(len(flat), flat[-1])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])

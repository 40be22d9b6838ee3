class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum([self[i, k] * o[k, j] for k in range(self.m)]) for j in range(o.m)] for i in range(self.n)])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        w = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join(["[" + " ".join([str(x).rjust(w) for x in r]) + "]" for r in self.rows])
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6, 7], [8, 9, 10]])
print(a @ b)
print(a.transpose())
print(a @ Matrix.identity(2) == a)
a[0, 1] = 20
print(a, a[1, 0])
print(repr(Matrix.identity(3)))
try:
    b @ a
except ValueError as e:
    print(e)
del_me = {(1, 2): "t", (3,): "s"}
print(del_me[1, 2], del_me[(3,)])
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
print("\n".join(["".join(r) for r in grid]))
bad = [["."] * 3] * 2
bad[0][0] = "X"
print(bad)
inventory = {"apple": 3, "pear": 0, "kiwi": 12}
for item, qty in sorted(inventory.items()):
    status = "out" if qty == 0 else ("low" if qty < 5 else "ok")
    print(f"{item:>6}: {qty:3d} [{status}]")
print({k: v for k, v in inventory.items() if v}, list(inventory), set(inventory) & {"apple", "fig"})
del inventory["pear"]
inventory["fig"] = 1
print(inventory, len(inventory), sorted(inventory.values(), reverse=True))
print(list(zip(range(3), "ab", [True] * 5)), list(enumerate("xy", start=1)))
print(sum([[1], [2, 3]], []), [x for row in [[1, 2], [3]] for x in row], [[y for y in range(x)] for x in range(3)])
print(min(3, 1, 2), max("a", "B"), min([(2, "b"), (1, "z")]), max([], default="empty"), min([4, -5], key=abs))
print(round(3.14159, 2), round(10.5), round(-2.5), 7 // 2, -7 // 2, 7.5 // 2, 2 ** 0.5, 10 % 3.5)
print(f"{1e-5}", 1e16, 123456789.0, 0.1 * 3, 1 / 3 * 3, float("inf"), -float("inf"), float("nan"))
print(int(-3.9), int("-0"), float(" 1.5 "), str(-0.0), 3 == 3.0, hash(3) == hash(3.0), 0.1 + 0.2 == 0.3)

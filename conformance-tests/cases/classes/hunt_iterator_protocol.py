class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
for x in Countdown(3):
    print(x, end=" ")
print()

class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2Iter(self.a, self.b)
    def __len__(self):
        return self.b - self.a
    def __contains__(self, x):
        return self.a <= x < self.b
    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.a + i
    def __bool__(self):
        return self.b > self.a

class Range2Iter:
    def __init__(self, a, b):
        self.cur, self.b = a, b
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
    def __iter__(self):
        return self

r = Range2(2, 6)
print(list(r), len(r), 3 in r, 9 in r, r[1], sum(r), max(r), sorted(r, reverse=True))
print(bool(Range2(3, 3)), bool(r), list(zip(r, "abcd")), dict(enumerate(r)))
print([x * x for x in r if x % 2], {x: str(x) for x in r}, set(r))
a, b, c, d = r
print(a, d)
it = iter(r)
print(next(it), next(it), next(it, None), next(it), next(it, "done"))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])), list(filter(None, [0, 1, "", "a"])))
print(any([x > 3 for x in [1, 5]]), all([]))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(zip(*[(1, 'a'), (2, 'b')])))
print(r[10])

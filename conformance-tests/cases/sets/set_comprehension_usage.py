# Sets in everyday code: dedup while keeping order, membership tests, and set comprehensions.
data = [5, 3, 5, 1, 3, 9, 1, 0]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, sorted(seen), len(seen))
squares = {x * x for x in range(-4, 5)}
print(sorted(squares), 16 in squares, 15 in squares)
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs))
words = ['apple', 'Banana', 'avocado', 'cherry', 'blueberry']
initials = {w[0].lower() for w in words}
print(sorted(initials))
fs = frozenset(initials)
lookup = {fs: 'letters'}
print(lookup[frozenset('cba')], fs >= {'a'}, fs.isdisjoint('xyz'))
a, b = set('hello'), set('world')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(len(set(map(tuple, [[1, 2], [2, 1], [1, 2]]))), set() == set([]), type({*()}).__name__)

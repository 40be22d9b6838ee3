# Grouping and counting patterns with setdefault, get and dict comprehensions.
words = 'the quick brown fox jumps over the lazy dog the end'.split()
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inverted)
index = {w: i for i, w in enumerate(words)}
print(index)
nested = {}
for i, w in enumerate(words):
    nested.setdefault(w[0], {}).setdefault(len(w), set()).add(i)
print(nested)
merged = {**counts, **{'the': 0, 'new': 1}}
print(list(merged.items())[-3:], merged['the'])
print({k: v for k, v in sorted(counts.items()) if v > 1})

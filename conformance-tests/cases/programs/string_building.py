# A small program: word frequencies with dict methods, sorting by keys, formatted output.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f'{word:<6}{n:>3} {"*" * n}')
lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
for length in sorted(lengths):
    print(length, ', '.join(sorted(lengths[length])))
print(max(counts, key=counts.get), len(counts), sum(counts.values()))

# Sorting 5000 generated records by several keys is stable and matches CPython exactly.
state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
records = [(rand(50), rand(7), 'id%04d' % i, rand(1000) / 7) for i in range(5000)]
by_first = sorted(records, key=lambda r: r[0])
by_two = sorted(records, key=lambda r: (r[1], -r[0]))
by_float = sorted(records, key=lambda r: r[3], reverse=True)
print([r[2] for r in by_first[:15]])
print([r[2] for r in by_two[:15]])
print([r[2] for r in by_float[:15]])
print([r[2] for r in sorted(records)[:10]], sorted(records)[-1])
xs = [r[3] for r in records]
xs.sort()
print(xs[:5], xs[-5:], sum(xs))
ys = [r[0] for r in records]
ys.sort(reverse=True)
print(ys[:10], ys.count(0), ys.index(0))

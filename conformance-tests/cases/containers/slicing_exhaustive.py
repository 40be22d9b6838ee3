# Every slice of a short list, tuple, string and range agrees with CPython, including negative steps.
data = list(range(6))
bounds = [None, -8, -6, -3, -1, 0, 1, 3, 5, 6, 9]
steps = [None, -4, -2, -1, 1, 2, 5]
lines = []
for step in steps:
    for start in bounds:
        row = []
        for stop in bounds:
            s = slice(start, stop, step)
            l = data[s]
            assert tuple(l) == tuple(data)[s]
            assert ''.join(map(str, l)) == '012345'[s]
            assert list(range(6)[s]) == l
            row.append(''.join(map(str, l)) or '-')
        lines.append('%s %s: %s' % (step, start, ' '.join(row)))
print('\n'.join(lines))
print(range(6)[::-2], range(0, 20, 3)[1:-1:2], range(10, 0, -3)[::-1], range(5)[10:], range(5)[-10:2])

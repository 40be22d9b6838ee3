# Slice assignment and deletion over many bounds and steps, compared on the resulting lists.
bounds = [None, -5, -2, 0, 1, 3, 4, 7]
out = []
for step in [None, 1, 2, -1, -2, 3]:
    for start in bounds:
        for stop in bounds:
            xs = list('abcd')
            s = slice(start, stop, step)
            n = len(xs[s])
            try:
                xs[s] = list(range(n if step not in (None, 1) else 2))
                res = ''.join(map(str, xs))
            except ValueError as e:
                res = 'E'
            ys = list('abcd')
            del ys[s]
            out.append('%s,%s,%s=%s/%s' % (start, stop, step, res, ''.join(ys) or '-'))
for k in range(0, len(out), 6):
    print(' '.join(out[k:k + 6]))

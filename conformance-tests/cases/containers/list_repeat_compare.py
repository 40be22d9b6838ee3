# Repetition with zero and negative counts, concatenation errors and lexicographic comparison.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: [1, 2] * 3)
t(lambda: [1, 2] * 0)
t(lambda: [1, 2] * -5)
t(lambda: 2 * [None])
t(lambda: [1] * True)
t(lambda: [1] * 2.0)
t(lambda: [1] + (2,))
t(lambda: [1] + None)
t(lambda: (1,) + [2])
t(lambda: (1, 2) * -1)
xs = [[]] * 3
xs[0].append(1)
print(xs)
ys = [1]
ys *= 3
print(ys)
ys *= -1
print(ys)
zs = [1]
zs += (2, 3)
zs += 'ab'
zs += range(2)
print(zs)
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 3] > [1, 2, 9])
t(lambda: [] < [0])
t(lambda: [1, 2] == [1, 2.0])
t(lambda: [1, 'a'] < [1, 'b'])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1, 2] < (1, 2))
t(lambda: [1, 2] == (1, 2))
t(lambda: [[1, 2], [3]] <= [[1, 2], [3]])
t(lambda: [float('nan')] < [float('nan')])
t(lambda: (1, 2) >= (1,))
t(lambda: () < (None,))
t(lambda: (None,) < (None,))
t(lambda: (1, None) < (2, None))

# Recursion that indexes into lists: binary search and a recursive list sum.
def bsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid - 1)

def total(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)

xs = [1, 3, 5, 7, 9, 11, 13, 15]
for t in [1, 7, 15, 4, 16]:
    print(t, bsearch(xs, t, 0, len(xs) - 1))
print(total(xs, 0))
print(total([2 ** 70, -1, 0.5], 0))

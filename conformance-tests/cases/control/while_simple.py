# while loops without tuple assignment: Collatz steps and integer square root.
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print(steps)
target = 10 ** 20
lo = 0
hi = target
while lo < hi:
    mid = (lo + hi + 1) // 2
    if mid * mid <= target:
        lo = mid
    else:
        hi = mid - 1
print(lo)

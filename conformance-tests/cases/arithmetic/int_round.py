# round() of ints: negative ndigits round half to even on big and small values.
for n in (0, 5, 15, 25, -25, 125, 135, 1234567, -1234567, 10**30 + 5 * 10**9, 150, 250, -150):
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -10))
print(type(round(5)), type(round(5, -1)), type(round(True)), type(round(True, 1)))
print(round(5, -100), round(-5, 100), round(10**50 + 1, -50))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, None)
    print(round(5, None))
except TypeError as e:
    print(type(e).__name__, e)

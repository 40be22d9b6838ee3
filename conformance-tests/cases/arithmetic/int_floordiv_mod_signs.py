# Floor division and modulo follow the sign of the divisor, for small and big ints.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for a in (7, -7, 0, 1, -1, 10**20 + 3, -(10**20 + 3)):
    for b in (3, -3, 1, -1, 10**10, -(10**10)):
        print(a, b, a // b, a % b, divmod(a, b))
t(lambda: 5 // 0)
t(lambda: 5 % 0)
t(lambda: divmod(5, 0))
t(lambda: (10**30) // 0)
t(lambda: 0 % 0)

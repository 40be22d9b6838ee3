# Mixed float/int operations with big ints convert the int exactly or raise OverflowError.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 2**53 + 1 + 0.0)
t(lambda: 1.5 * 2**100)
t(lambda: 2**100 / 1.5)
t(lambda: 2**1100 * 0.0)
t(lambda: 1.5 // 2**100)
t(lambda: -1.5 % 2**100)
t(lambda: 2**100 % 1.5)
t(lambda: 0.5 ** 2**100)
t(lambda: 2.0 ** -2**100)
t(lambda: 1.0 ** 2**100)
t(lambda: (-1.0) ** (2**100 + 1))
t(lambda: 10**30 // 1e10)
t(lambda: 10**30 % 7.0)
t(lambda: divmod(10**30, 7.0))
t(lambda: float(2**1023) * 2)

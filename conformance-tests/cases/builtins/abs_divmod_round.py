# abs, divmod and round across int, float, bool and complex, with type errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [-5, 5, -0.0, -2.5, True, -10**30, 3 + 4j, -float('inf')]:
    t(lambda: abs(v))
t(lambda: abs('x'))
t(lambda: abs())
t(lambda: abs(None))
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (10**30, 7), (0, 5)]:
    t(lambda: divmod(a, b))
t(lambda: divmod(1, 'a'))
t(lambda: divmod(1j, 1))
t(lambda: divmod(1))
for v, nd in [(2.5, None), (3.5, None), (-2.5, None), (2.675, 2), (1234, -2), (1250, -2), (1350, -2), (0.5, 0), (7, 0)]:
    t(lambda: round(v, nd))
t(lambda: round('1'))
t(lambda: round(1, 2, 3))
t(lambda: round(number=2.5))
t(lambda: round(2.567, ndigits=1))
t(lambda: round(2.5, ndigits=None))
t(lambda: round(1j))
t(lambda: round(True, 0))

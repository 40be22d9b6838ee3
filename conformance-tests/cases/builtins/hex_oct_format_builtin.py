# format() builtin and ascii()/repr() of numbers and containers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: format(255, 'x'))
t(lambda: format(255, '#010b'))
t(lambda: format(-255, '#o'))
t(lambda: format(1234567, ','))
t(lambda: format(1234567.891, '_.2f'))
t(lambda: format(0.000123, 'e'))
t(lambda: format(True, 'd'))
t(lambda: format(True))
t(lambda: format(None))
t(lambda: format(None, 'x'))
t(lambda: format(1, 's'))
t(lambda: format([1], ''))
t(lambda: format(1.5, 'd'))
t(lambda: format())
t(lambda: ascii('héllo\n'))
t(lambda: ascii([1, 'ü', {'k': '€'}]))
t(lambda: repr(1e-7))
t(lambda: repr(-0j))
t(lambda: repr([1.0, 2e20, 1j]))
t(lambda: str(12345678901234567890))

# float(str): specials, whitespace, underscores, signs and the error message.
def t(s):
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ['nan', 'NaN', '-nan', '+nan', 'inf', '-Inf', 'INFINITY', '-infinity', 'infinit', ' 1e5 ',
          '\t-2.5\n', '1_0.5', '1_000.000_1', '1__0', '_1.0', '1.0_', '1._0', '1e1_0', '.5', '5.', '.',
          '1e', 'e5', '1e+', '0x10', '1,5', '', '   ', '+1.5E+3', '-.5e-2', '1e400', '-1e400', '1e-400',
          '0.1e-999999999', '9' * 400, '١٫٥', '١.٥', '\u00a02.5\u2003', 'nan(123)', '++1', '1 2',
          '00012.5', '1.7976931348623159e308', '4.9e-324', '2.4703282292062328e-324']:
    t(s)
for x in [b'1.5', bytearray(b' 2 '), 7, True, 10**20, -0]:
    t(x)
for x in [None, [1.0], 1j, b'x']:
    t(x)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(), float('-0'), float('-0.0'), float(' -0 '))

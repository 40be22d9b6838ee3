# CPython 3.11 limits int<->str conversion of non-power-of-two bases to 4300 digits.
import sys
def t(f):
    try:
        r = f()
        print(r if len(str(r)) < 80 else len(str(r)))
    except Exception as e:
        print(type(e).__name__, e)

big = 10 ** 4299
t(lambda: len(str(big)))
t(lambda: str(big * 10))
t(lambda: repr(10 ** 5000))
t(lambda: int('1' * 4300))
t(lambda: int('1' * 4301))
t(lambda: int('-' + '9' * 4301))
t(lambda: int('1' * 5000, 16) > 0)
t(lambda: int('1' * 5000, 2).bit_length())
t(lambda: len(hex(10 ** 5000)))
t(lambda: len(bin(10 ** 5000)))
t(lambda: '%d' % (10 ** 5000))
t(lambda: f'{10 ** 5000}')
t(lambda: sys.get_int_max_str_digits())

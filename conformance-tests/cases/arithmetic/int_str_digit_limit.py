# CPython 3.11's limit of 4300 digits on int/str conversions in base 10 (powers of two bases are
# exempt), the messages, and conversions just under the limit.
import sys
print(sys.get_int_max_str_digits())
ok = int('7' * 4300)
print(len(str(ok)), str(ok)[:5], ok % 1000)
for f in (lambda: int('1' * 4301), lambda: str(10 ** 4300), lambda: repr(-(10 ** 4300)), lambda: '%d' % 10 ** 4300, lambda: f'{10 ** 4300}', lambda: format(10 ** 4300, ','),
          lambda: int('1' * 5000, 16) > 0, lambda: len(hex(10 ** 5000)), lambda: len(bin(10 ** 4400)), lambda: len(oct(10 ** 4400)), lambda: int('0x' + 'f' * 5000, 0) > 0, lambda: int(b'9' * 4301),
          lambda: int('9' * 4301, 8), lambda: len(str(2 ** 14000)), lambda: float('1' * 5000) > 0, lambda: int(float('1e300')) > 0, lambda: len(format(10 ** 4400, 'x'))):
    try:
        print(repr(f())[:60])
    except ValueError as e:
        print('ValueError:', e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4600)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in (-1, 100, 639):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print('ValueError:', e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print('ValueError:', e)

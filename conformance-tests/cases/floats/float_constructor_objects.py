# float() of numbers and strings near the limits, and float operations returning exact values.
for s in ['1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862316e308', '2.2250738585072011e-308',
          '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '0.1e1', '1e-0',
          '123456789012345678901234567890', '0.000000000000000000000000000001', '-1E-7', '9007199254740993']:
    try:
        print(s, repr(float(s)))
    except OverflowError as e:
        print(s, type(e).__name__, e)
print(float(2**53 + 1), float(-2**1023), float(True), float(-0), float('  -  1'.replace(' ', '')))
print(7.0 / 2, 7.0 // 2, -7.0 // 2, 7.0 % 2.5, 2.0 ** 0.5 * 2.0 ** 0.5, 10.0 - 9.9, 0.1 * 0.1)

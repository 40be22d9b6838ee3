# float.hex and float.fromhex, including subnormals, signs, specials and rounding.
for v in [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 3.5, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1/3, 2.0**-1074, 1023.75, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), v.hex())
def t(s):
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x1p-1074', '0x1p-1075', '0x3p-1076',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '1.8', 'ff', '0X.8', '0x.8p1', '  0x1p1  ',
          'inf', '-Infinity', 'nan', '0x1p1024', '0x1.fffffffffffff8p1023', '0x', '0xp1', '0x1p',
          '0x1.g', '', '0x1p1 x', '+0x0p0', '-0x0.0p0', '0x1_0p0', '0x10000000000000000000p-80']:
    t(s)
print(float.fromhex(float.hex(0.1)) == 0.1, float.fromhex('0x1.999999999999ap-4'))

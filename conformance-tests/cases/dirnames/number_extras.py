# int and float methods beyond the operators: to_bytes/from_bytes, hex/fromhex, rounding hooks.
import math
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(bytearray(b"\x80"), signed=True), True.to_bytes(1, "big"))
for call in (lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes(b"a", 5)):
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for x in (1.5, -0.1, 0.0, -0.0, 1e308, 5e-324, 2.2250738585072014e-308, 3.0, float("inf"), float("-inf"), float("nan"), 1 / 3):
    h = x.hex()
    back = float.fromhex(h)
    print(h, back == x or (x != x and back != back))
for text in ("0x1.8p+1", "  -0X1P-2 ", "1", "0x.8", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.0000000000000fp0", "0x3p-1076"):
    print(repr(text), float.fromhex(text))
for text in ("", "0x", "1p", "0x1.8p+1x", "0x1p99999"):
    try:
        print(float.fromhex(text))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (15).__round__(-1), (7).__round__(), True.__trunc__())
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.675).__round__(2), math.floor(-0.5))
print((5).__getnewargs__(), (2.5).__getnewargs__(), (1 + 2j).__getnewargs__(), (1j).__complex__(), "s".__getnewargs__(), (1,).__getnewargs__(), b"b".__getnewargs__(), b"x".__bytes__())
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, int.real, float.__getformat__("double"))
print(hasattr(1, "is_integer"), (1.0).is_integer())
try:
    (1).__round__(None, 2)
except TypeError as e:
    print("TypeError", e)
try:
    (7.0).__trunc__(1)
except TypeError as e:
    print("TypeError", e)

# int.to_bytes/from_bytes with lengths, byte orders, signedness and defaults (3.11: length=1,
# byteorder='big'), round trips over many values, and the errors.
vals = [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 31 - 1, -2 ** 31, 2 ** 63, -(2 ** 63), 10 ** 20]
for v in vals:
    n = (v.bit_length() + 8) // 8
    be = v.to_bytes(n, 'big', signed=True)
    le = v.to_bytes(n, byteorder='little', signed=True)
    print(v, be.hex(), le.hex(), int.from_bytes(be, 'big', signed=True) == v, int.from_bytes(le, 'little', signed=True) == v, int.from_bytes(be, 'big'))
print((5).to_bytes(), (5).to_bytes(2), int.from_bytes(b'\x01\x00'), int.from_bytes(b''), int.from_bytes([1, 2], 'little'), int.from_bytes(bytearray(b'\xff'), 'big', signed=True), int.from_bytes(iter([0, 1]), 'big'))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__, (0).to_bytes(0, 'big'), (-1).to_bytes(1, 'little', signed=True), (255).to_bytes(1, 'big', signed=False))
for f in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(4, 'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'),
          lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes([256], 'big'), lambda: int.from_bytes(b'a', 'sideways'), lambda: (1).to_bytes(1, 'big', True), lambda: (1).to_bytes(1, 'big', signed=1, x=2),
          lambda: int.from_bytes(5, 'big'), lambda: (1).to_bytes(length='1'), lambda: (0).to_bytes(0, 'big', signed=True), lambda: (-1).to_bytes(0, 'big', signed=True)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

# chr and ord over the code point range and their errors; bin/oct/hex of ints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 65, 97, 255, 0x3b1, 0x20ac, 0xffff, 0x1f600, 0x10ffff]:
    t(lambda: (chr(n), ord(chr(n))))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**70))
t(lambda: chr(65.0))
t(lambda: chr('A'))
t(lambda: chr(True))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(b'a'))
t(lambda: ord(bytearray(b'z')))
t(lambda: ord(b'ab'))
t(lambda: ord(65))
t(lambda: ord('\U0001f600'))
for n in [0, 1, -1, 255, -255, 2**64, -(2**100), True]:
    t(lambda: (bin(n), oct(n), hex(n)))
t(lambda: bin(1.5))
t(lambda: hex('a'))
t(lambda: oct(None))
t(lambda: int(bin(-37), 0) + int(oct(-37), 0) + int(hex(-37), 0))

# bytes case methods touch only ASCII letters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = bytes(range(0x41, 0x5b)) + bytes(range(0x61, 0x7b)) + b"\xc0\xe0\xff 1_"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"hello world".title(), b"HELLO".capitalize(), b"\xe9t\xe9".upper(), b"aBc1".isalnum(), b"\xe9".isalpha(), b"ab cd".istitle(), b"Ab Cd".istitle())
print(bytearray(b"mixed Case").swapcase(), bytearray(b"x").upper() is not None)

# isX predicates and padding methods of bytes and bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in (b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t\n", b"", b"\xe9", b"\x7f", b"Ab1 "):
    print(s, s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(5, b"."), b"ab".rjust(5), b"-5".zfill(4), bytearray(b"+7").zfill(4), b"a\tb".expandtabs(4), b"ab".center(1))
t(lambda: b"a".center(5, "*"))
t(lambda: b"a".center(5, b"**"))
t(lambda: b"a".ljust(5, 42))

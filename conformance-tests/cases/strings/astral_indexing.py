# Strings index and measure by code point, astral characters included.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a😀b𝄞c"
print(len(s), s[1], s[-2], s[3], [ord(c) for c in s], s[1:4], s[::-1], s[::2], s[-1:-4:-1])
print(s.find("b"), s.index("𝄞"), s.count("😀"), "😀" in s, s[1:2] == "😀", s.upper(), list(s))
t(lambda: s[5])
t(lambda: s[-6])
t(lambda: s["1"])
t(lambda: s[1.0])
print(s[100:], s[-100:2], s[2:1], s[None:None:-2])
print(chr(0x1F600) == "\U0001F600", ord("\U0010FFFF"), len("\U0010FFFF" * 3))

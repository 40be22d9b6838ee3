# The str-like methods of bytes and bytearray.
def B(text):
    return text.encode("latin-1")


b = B("  Hello, World! hello  ")
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(B(" Hd")), b.upper(), b.lower(), b.swapcase())
print(b.find(B("llo")), b.find(B("llo"), 6), b.rfind(B("llo")), b.find(111), b.index(B("W")), b.rindex(B("l")), b.count(B("l")), b.count(B("")))
print(b.split(), b.split(B(",")), b.rsplit(None, 1), b.split(B("l"), 2), B("a,b,,c").rsplit(B(","), 2))
print(b.startswith(B("  H")), b.endswith((B("x"), B("  "))), b.startswith(B("Hello"), 2), b.endswith(B("o"), 0, 7))
print(B("-").join([B("a"), bytearray(B("b")), B("c")]), bytearray(B(", ")).join([B("x"), B("y")]))
print(b.replace(B("l"), B("L")), b.replace(B("l"), B(""), 2), B("abc").replace(B(""), B("-")))
print(B("key=value=x").partition(B("=")), B("key=value=x").rpartition(B("=")), B("abc").partition(B("z")))
print(B("abc").center(9, B("*")), B("abc").ljust(6), B("abc").rjust(6, B("0")), B("-42").zfill(6), B("abcd").center(7))
print(B("hello world").title(), B("hello").capitalize(), B("a\tbc\td").expandtabs(), B("a\tb").expandtabs(4))
print(B("line1\nline2\r\nline3\r").splitlines(), B("x\ny\n").splitlines(True))
print(B("abc123").isalnum(), B("abc").isalpha(), B("123").isdigit(), B("  \t").isspace(), B("abc").islower(), B("ABC").isupper(), B("Ab Cd").istitle(), B("\x80").isascii(), B("").isalpha())
print(B("prefix-body").removeprefix(B("prefix-")), B("body.txt").removesuffix(B(".txt")))
print(B("\x00\xff\x10").hex(), B("abcdef").hex(":"), B("abcdef").hex("-", 2), B("abcdef").hex(" ", -4))
print(bytes.fromhex("de ad BE EF"), bytearray.fromhex("41 42"), B("").fromhex("00"))
print(bytearray(B("abc")).upper(), type(bytearray(B("abc")).upper()).__name__, bytearray(B("a b")).split())
t = bytes.maketrans(B("ab"), B("xy"))
print(len(t), t[97:100], B("abcab").translate(t), B("abc").translate(None, B("b")), bytearray(B("abc")).translate(t, delete=B("c")))

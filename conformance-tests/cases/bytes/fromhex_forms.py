# fromhex skips ASCII whitespace between bytes and reports bad characters by position.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes.fromhex(""), bytes.fromhex("  00ff  "), bytes.fromhex("0a 0B\t0c\n0D"), bytearray.fromhex("dead beef"), type(bytearray.fromhex("00")).__name__)
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("00 0"))
t(lambda: bytes.fromhex("0 0"))
t(lambda: bytes.fromhex("é0"))
t(lambda: bytes.fromhex(b"00"))
t(lambda: bytes.fromhex("00:11"))
t(lambda: bytearray.fromhex("zz"))

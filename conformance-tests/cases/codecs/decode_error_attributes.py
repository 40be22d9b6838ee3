# UnicodeDecodeError carries the codec, the bytes, the failing range and the reason.
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)


for data, enc in ((b"a\xff", "utf-8"), (b"\x80\x81", "ascii"), (b"ab\xe6\x97", "utf-8"), (b"\xc3(", "utf8"), (bytearray(b"\xfe"), "utf-8")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)

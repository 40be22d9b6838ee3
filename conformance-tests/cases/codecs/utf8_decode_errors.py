# UTF-8 decoding errors: every reason CPython reports.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b"\xff", b"\x80", b"\xc3", b"\xc3(", b"\xe6\x97", b"\xe6\x97(", b"\xf0\x9f\x98", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"ok\xffok", b"\xe0\x80\x80"):
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(data, "|", e, "|", e.start, e.end, e.reason)
    print("  replace:", ascii(data.decode("utf-8", "replace")), "ignore:", ascii(data.decode("utf-8", "ignore")), "bsr:", data.decode("utf-8", "backslashreplace"))

# surrogateescape escapes at most four non-ASCII bytes per error and decoding resumes after them.
for data, enc in ((b"\xdc\x7f\xff\xf5\xbb", "utf-16-be"), (b"\xed\xfe\x00\xf0\xed\xbf", "utf-32-le"), (b"\xff\xfe\xfd\xfc\xfb\xfa", "ascii"), (b"\xe6\x97(", "utf-8"), (b"\xf0\x9f\x98", "utf-8"), (b"\xbf\x9fA", "utf-32")):
    try:
        print(data, enc, ascii(data.decode(enc, "surrogateescape")))
    except UnicodeDecodeError as e:
        print(data, enc, "->", e, e.start, e.end)
for text, enc in (("\xe9\udc80\udc80\udcff\u65e5", "utf-32"), ("a\udcff\udcff", "utf-16"), ("\udc80\udc81", "utf-16-le")):
    try:
        print(ascii(text), text.encode(enc))
    except UnicodeEncodeError as e:
        print(ascii(text), enc, "->", e, e.start, e.end)
    print(ascii(text), text.encode(enc, "replace"), text.encode(enc, "backslashreplace"))

# A program that decodes mixed input line by line, reporting bad lines.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


lines = [b"plain", b"caf\xc3\xa9", b"bad \xff byte", b"\xe2\x82\xac euro", b"trunc\xe2\x82"]
for number, line in enumerate(lines, 1):
    try:
        text = line.decode("utf-8")
        print(number, "ok", text, len(text), text.encode("ascii", "backslashreplace"))
    except UnicodeDecodeError as e:
        print(number, "bad at", e.start, "-", e.end, repr(line[e.start:e.end]), e.reason, "->", line.decode("utf-8", "replace"))

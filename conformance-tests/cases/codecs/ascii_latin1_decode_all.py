# ASCII rejects every byte above 127, one error per byte; Latin-1 decodes everything.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(120, 136))
print(ascii(data.decode("latin-1")), ascii(data.decode("ascii", "replace")), ascii(data.decode("ascii", "ignore")))
print(data.decode("ascii", "backslashreplace"), ascii(data.decode("ascii", "surrogateescape")), data.decode("ascii", "surrogateescape").encode("ascii", "surrogateescape") == data)
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.object[e.start:e.end])
try:
    "abc\u0100def\u0101".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object[e.start:e.end])

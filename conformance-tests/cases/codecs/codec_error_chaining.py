# Codec errors are ValueErrors; handling and re-raising keeps the attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def parse(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError("bad input at byte %d" % e.start) from e
for data in (b"ok", b"bad\xff"):
    try:
        print(parse(data))
    except ValueError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__.reason)
try:
    "€".encode("latin-1")
except ValueError as e:
    print(isinstance(e, UnicodeEncodeError), isinstance(e, UnicodeError), e.args[0], e.args[2:4])
try:
    b"\x80".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e.args)

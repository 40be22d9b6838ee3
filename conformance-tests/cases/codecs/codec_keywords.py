# encode/decode accept encoding and errors by keyword, in any order.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("é".encode(errors="replace", encoding="ascii"), "é".encode(encoding="latin-1"), b"\xe9".decode(errors="replace"), b"\xe9".decode(encoding="latin-1", errors="strict"))
print(bytes("é", errors="ignore", encoding="ascii"), bytearray("é", "utf-8"), str(b"\xe9", errors="replace"), str(encoding="latin-1", object=b"\xe9"))
for call in (lambda: "x".encode(enc="utf-8"), lambda: b"x".decode(foo=1), lambda: "x".encode("utf-8", "strict", "extra"), lambda: "x".encode(None), lambda: "x".encode("utf-8", None)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

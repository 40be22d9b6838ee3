# Unknown encodings raise LookupError; unknown handlers are looked up only when needed.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for call in (lambda: "x".encode("klingon"), lambda: b"x".decode("klingon"), lambda: str(b"x", "klingon"), lambda: bytes("x", "klingon")):
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)
print("abc".encode("ascii", "no-such-handler"), b"abc".decode("ascii", "bogus"))
for call in (lambda: "é".encode("ascii", "bogus"), lambda: b"\xff".decode("utf-8", "bogus")):
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)

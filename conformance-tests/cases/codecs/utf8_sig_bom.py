# The BOM is an ordinary character to utf-8 and is skipped only by utf-8-sig.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"\xef\xbb\xbfhi"
print(ascii(b.decode("utf-8")), ascii(b.decode("utf-8-sig")), ascii(b"hi".decode("utf-8-sig")), "hi".encode("utf-8-sig"), "\ufeff".encode("utf-8"))

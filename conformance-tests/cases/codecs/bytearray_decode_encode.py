# bytearray decodes like bytes; encoded results are always bytes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray("grüß 😀".encode())
print(ba.decode(), ba.decode("utf-8", "strict"), type("x".encode()).__name__, bytearray("é", "latin-1"), bytes(ba).decode("latin-1"))
try:
    bytearray(b"\xff").decode()
except UnicodeDecodeError as e:
    print(e, repr(e.object), type(e.object).__name__)
print(ba.decode("ascii", "replace"), ba.decode(errors="ignore", encoding="ascii"))

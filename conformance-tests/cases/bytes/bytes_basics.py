# bytes and bytearray: construction, repr, indexing, slicing, operators.
def B(text):
    return text.encode("latin-1")


b = bytes([104, 105, 0, 255, 39, 34, 92, 10])
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(bytes(3), bytes(), bytes(b), bytes(bytearray([65, 66])), bytes(range(65, 70)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
a = bytearray(B("xyz"))
print(a, bytearray(2), bytearray(), len(a), a[1])
print(B("ab") + B("cd"), bytearray(B("ab")) + B("cd"), B("ab") + bytearray(B("cd")), B("ab") * 3, 2 * bytearray(B("z")))
print(104 in b, B("hi") in b, B("ih") in b, B("") in b)
print(B("abc") < B("abd"), B("abc") == bytearray(B("abc")), B("a") == "a", B("\xff") > B("\x01"), B("ab") <= B("ab"))
print(list(B("AB")), list(bytearray(B("CD"))), str(B("x")), repr(bytearray(B("y"))))
print(hash(B("abc")) == hash(B("abc")), bool(B("")), bool(B("\x00")))
print(type(b).__name__, type(a).__name__, type(iter(b)).__name__, type(iter(a)).__name__)
print(B("it's"), B('say "hi"'), B("both ' and \""), bytes([7, 8, 9, 11, 12, 13, 127, 128]))

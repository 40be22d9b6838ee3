# A strict UTF-8 decode of a truncated sequence.
def B(text):
    return text.encode("latin-1")


b = B("ok\xe2\x82")
print(b.decode("utf-8", "replace"))
print(b.decode())

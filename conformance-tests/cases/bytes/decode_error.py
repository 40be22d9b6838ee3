# A strict UTF-8 decode of a truncated sequence.
b = b"ok\xe2\x82"
print(b.decode("utf-8", "replace"))
print(b.decode())

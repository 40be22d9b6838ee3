# A strict ASCII encode of non-ASCII text.
print("abc".encode("ascii"))
print("xé😀y".encode("ascii"))

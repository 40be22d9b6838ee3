# split, rsplit, strip and partition of bytes with separators and maxsplit.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b" a,b,,c ,d "
for n in (-1, 0, 1, 2):
    print(n, b.split(b",", n), b.rsplit(b",", n), b.split(None, n), b.rsplit(maxsplit=n))
print(b"a\x1cb\x85c\xa0d".split(), b"\t\n\x0b\x0c\r x".split(), bytearray(b"a b").split())
print(b.strip(), b.strip(b" ,ad"), b.lstrip(b" a"), b.rstrip(bytearray(b" d")), b"xxhixx".strip(b"x"))
print(b.partition(b","), b.rpartition(b","), b.partition(b"z"), bytearray(b"k=v").partition(b"="))
t(lambda: b.split(""))
t(lambda: b.split(b""))
t(lambda: b.strip(" "))
t(lambda: b.partition(b""))
t(lambda: b.split(44))

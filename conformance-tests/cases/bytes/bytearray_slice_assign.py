# Slice assignment on bytearray, including extended slices and deletion.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
print(ba)
ba[2:4] = b"xyzw"
print(ba)
ba[:2] = b""
print(ba)
ba[::2] = b"-----"[:len(ba[::2])]
print(ba)
del ba[1::3]
print(ba)
ba[5:] = [65, 66]
print(ba)
ba[0] = 97
ba[-1] = 0x7A
print(ba)
ba[1:1] = bytearray(b"++")
print(ba)
ba[len(ba):] = b"END"
print(ba)
def bad(index, value):
    def run():
        x = bytearray(b"abcdef")
        x[index] = value
        return x
    return run
t(bad(0, 256))
t(bad(0, -1))
t(bad(0, b"a"))
t(bad(slice(0, 2), "ab"))
t(bad(slice(0, 2), 5))
t(bad(slice(None, None, 2), b"ab"))
t(bad(10, 1))
t(bad(slice(0, 2), [1, 300]))

# pop, remove, clear, reverse and copy of bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abcabc")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("c"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(ba, c, ba == bytearray(b"ab") or ba)
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop(5))
t(lambda: bytearray(b"a").remove(ord("z")))
t(lambda: bytearray(b"a").remove(b"a"))
t(lambda: bytearray(b"a").remove(300))

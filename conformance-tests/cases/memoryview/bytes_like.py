# Everything that takes a bytes-like object takes a memoryview.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


mv = memoryview(b"abc")
print(bytes(mv), bytearray(mv), bytes(mv[::-1]), bytes(memoryview(b"\x01\x02").cast("H")))
print(b"".join([mv, b"-", bytearray(b"x")]), bytearray(b"+").join([mv, mv]))
print(str(mv, "ascii"), str(mv, encoding="utf-8"), int.from_bytes(mv, "big"), int.from_bytes(mv[:1], "little"))
print(b"x" + mv, bytearray(b"x") + mv, mv in b"zabcz", mv[1:] in bytearray(b"bc"))
print(b"zabcz".find(mv), b"zabcz".count(mv[:1]), b"a-b-c".split(memoryview(b"-")), b"abc".startswith(mv[:2]))
print(b"abc".endswith((mv[2:],)), b"a b".replace(memoryview(b" "), memoryview(b"_")), b"%b|%s" % (mv, mv))
print(b"xax".strip(memoryview(b"x")), b"abc".partition(mv[1:2])[1] is not None, b"xyz".removeprefix(memoryview(b"x")))
print(int(memoryview(b" 42 ")), float(memoryview(b"2.5")), bytes.fromhex(mv.hex()))
ba = bytearray(b"hello")
ba += memoryview(b"!")
ba.extend(memoryview(b"??"))
ba[0:1] = memoryview(b"J")
print(ba)
with open("/tmp/memoryview_case.bin", "wb") as f:
    print(f.write(memoryview(b"data")[1:3]), f.write(memoryview(b"xyz").cast("c")))
with open("/tmp/memoryview_case.bin", "rb") as f:
    print(f.read())
t(lambda: mv + b"x")
t(lambda: int(memoryview(b"ff"), 16))
t(lambda: b"".join([mv, 1]))
t(lambda: b"abc".find([1]))

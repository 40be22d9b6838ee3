# append, extend, insert, += and *= grow a bytearray in place.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray()
ba.append(1)
ba.extend(b"ab")
ba.extend([3, 4])
ba.extend(bytearray(b"z"))
ba.extend(iter(range(5, 7)))
ba.insert(0, 255)
ba.insert(-1, 9)
ba.insert(100, 8)
ba.insert(-100, 7)
print(ba, len(ba))
alias = ba
ba += b"++"
ba *= 2
print(alias is ba, ba)
ba *= 0
print(ba, alias)
t(lambda: bytearray().append(256))
t(lambda: bytearray().append(b"a"))
t(lambda: bytearray().extend("str"))
t(lambda: bytearray().extend([1, "a"]))
t(lambda: bytearray().extend(5))
t(lambda: bytearray().insert(0, -1))
t(lambda: bytearray().insert("0", 1))
def add_str():
    x = bytearray()
    x += "s"
t(add_str)

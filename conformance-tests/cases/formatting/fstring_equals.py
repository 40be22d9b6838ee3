# The = specifier in f-strings prints the expression text, an = and the repr.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = 10
name = "Ada"
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x=:5}", f"{x=!s}", f"{name=}", f"{name=!s}", f"{name = :>6}", f"{items[0]=}", f"{x*2=}", f"{x + 1 = }")
print(f"{3.14159=:.2f}", f"{'q'=}", f"{x=!r:^6}|", f"{len(items)=}", f"{x=}{name=}")
f = 1.5
print(f"{f=}", f"{f=:e}", f"{f=!a}", f"{None=}")

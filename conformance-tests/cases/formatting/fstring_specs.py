# f-strings with format specs, conversions, nested braces and escapes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


v = 1234.5678
n = 255
s = "text"
print(f"{v:.2f}|{v:,.1f}|{v:e}|{v:>12.3f}|{v:_}|{n:#x}|{n:08b}|{n:o}|{n:c}|{s!r}|{s:^10}|{s:*<8}|")
print(f"{{literal}}", f"{{{n}}}", f"{'}'}", f"{s[1:3]}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{n if n else 0:x}")
print(f"{n:{'#x'}}", f"{v:{10}.{2}}", f"{'nested':{'^'}{12}}", f"{s!r:>{10}}")
print(f"""{s
}""", f"{s:}|", rf"\n{s}", f"{'a' 'b'}")

# Methods that count positions work in code points across astral characters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "😀😁😂🤣"
print(s.center(8, "-"), s.ljust(6, "."), s.zfill(6), s.rjust(5), s.split("😁"), s.rsplit("😂", 1))
print(s.replace("😁", "x"), s.partition("😂"), s.strip("😀🤣"), s.expandtabs(), "😀\t".expandtabs(4))
print(s.startswith("😁", 1), s.endswith("😂", 0, 3), s.find("🤣", -1), s.rfind("😀", 1))
print(repr(s[1:3]), "%-6s|" % s, "{:^8}".format(s), f"{s:>6}")
print(sorted("b😀a"), max("a😀b"), min("😀😁"), "😀" < "😁", "\uffff" < "\U00010000")

# replace, count and find with non-ASCII and astral text.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "ñandú ñandú 😀😀"
print(s.replace("ñ", "n"), s.replace("ú", "u", 1), s.replace("😀", "🙂"), s.count("😀"), s.find("😀"), s.rfind("ñ"), s.index("dú"))
print(s.upper(), s.title(), s.swapcase(), s.casefold(), len(s), len(s.encode()), s.encode("utf-16-le")[:6])
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".casefold(), "ǈ".isupper(), "ǈ".islower(), "ǈ".istitle())

# isidentifier follows PEP 3131 (XID_Start / XID_Continue).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("abc", "_", "_1", "1a", "", "a-b", "é", "日本語", "ℕ", "℘", "a·b", "·a", "ⅰ", "a\u200c", "𝔘𝔫", "class", "None", "a b", "$", "٣a", "a٣", "ⓐ", "x\u0300", "\u0300x"):
    print(repr(s), s.isidentifier())

# Splitting on multi-character and non-ASCII separators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "α→β→→γ😀δ😀"
print(s.split("→"), s.split("→→"), s.split("😀"), s.rsplit("😀", 1), s.partition("😀"), s.rpartition("→"))
print("a\u2028b\u2029c".split(), "a\u2028b".split("\u2028"), "x y".split("\u00a0"), "x\u00a0y".split())
print("日本語のテキスト".split("の"), "ＡＢＣ".lower(), "ａｂｃ".upper(), "１２３".isdigit(), int("１２３"), float("٣.٥"))

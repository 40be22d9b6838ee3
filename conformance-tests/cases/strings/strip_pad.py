# strip family, padding, zfill and expandtabs.
print(repr("  \t hi \n ".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("\u00a0\u3000pad\u2003".strip()), repr("😀a😀".strip("😀")), repr("hello".strip(None)))
for w in [0, 3, 8, 9]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "😀")), repr("abcd".center(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("x\ty\n\tz".expandtabs(2)))
print(repr("no tabs".expandtabs(3)), repr("\t".expandtabs(0)))

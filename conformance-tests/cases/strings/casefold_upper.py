# Unicode case mapping that changes length or depends on context.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("ß".upper(), "ß".lower(), "ß".casefold(), "ß".title(), "ß".capitalize(), "ß".swapcase())
print("ﬁ".upper(), "ﬃ".title(), "ŉ".upper(), "ǰ".upper(), "ΐ".upper())
print("İ".lower(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()], "İ".casefold() == "İ".lower())
print("ı".upper(), "I".lower(), "i".upper())
print("ΟΔΟΣ".lower(), "ΟΔΟΣ ΟΔΟΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "ΑΣΑ".lower(), "ΑΣ'Σ".lower())
print("ǅ".upper(), "ǅ".lower(), "ǆ".title(), "ǅ".swapcase(), "ǅ".istitle())
print("Straße".casefold() == "STRASSE".casefold(), "ﬀ".casefold(), "ẞ".lower(), "ẞ".casefold())

# Unicode-aware case mapping: full mappings (ß -> SS), title case, final sigma.
words = ["hello world", "HELLO", "straße", "ǆungla", "ὈΔΥΣΣΕΎΣ", "ΟΔΟΣ ΑΣ", "İstanbul", "ﬁne", "don't stop", "3rd o'neil"]
for w in words:
    print(w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("ΑΣ.".lower(), "ΑΣΑ".lower(), "Σ".lower(), "aΣ b".lower())
print("ß".upper() == "SS", "ß".casefold() == "ss", "ﬁ".title())
print("ǅ".istitle(), "Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("abc".islower(), "aBc".islower(), "123".islower(), "ABC1".isupper(), "ʰ".islower())

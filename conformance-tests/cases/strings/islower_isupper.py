# islower/isupper need at least one cased character; istitle needs a title-cased word.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("abc", "ABC", "aBc", "123", "a1", "A1", "", "ǅ", "Ab Cd", "Ab cd", "AB", "A", "1A", "ß", "ẞ", "ʰ", "Σσ", "Hello World!", "Hello  World", "HeLLo"):
    print(repr(s), s.islower(), s.isupper(), s.istitle())

# repr of strings uses the shortest escape for every kind of character.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["plain", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x07\x08\x0b\x0c\x1b\x7f", "\x80\x9f\xa0\xad\xff", "é", "\u0378", "\u200b\u2028\ufeff", "\ud800", "\udfff", "😀", "\U000e0001", "\U0010ffff", "日本"]
for s in samples:
    print(repr(s), len(repr(s)))
print(repr("'" * 2 + '"'), repr('"'), repr("'\""))

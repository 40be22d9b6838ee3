# The str.isX family over characters from many Unicode categories, plus case predicates.
chars = ['a', 'Z', '5', '٣', '²', '½', 'Ⅻ', '〇', '_', ' ', '\t', '\x1c', '\x85', '\xa0', '\u2028', '\u200b', 'é', 'ǅ', 'ß', 'ﬁ', 'Σ', 'ς', '中', '😀', '\x00', '\x7f', '\xad', '\u0301', '\ufeff', '𝟘', '①', '-', '$']
for c in chars:
    print(ascii(c), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isspace(), c.isprintable(), c.isidentifier(), c.islower(), c.isupper(), c.istitle(), c.isascii(), ascii(c.upper()), ascii(c.lower()), ascii(c.casefold()), ascii(c.title()))
for s in ('', 'abc', 'ABC', 'Abc Def', 'abc1', 'ABC1', '1', 'aBc', 'Hello World', 'HELLO world', 'ǅungla', 'a b', ' ', 'x\u0301', '_private', '1abc', 'class', 'naïve', 'ñ'):
    print(repr(s), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isalnum(), s.isalpha(), s.isprintable(), s.isspace(), s.isdecimal(), s.isascii())
print(int('٣٤'), int('１２'), float('٣.٥'), int('𝟘𝟙'), int(' \u2003 7 \n'), float('\xa01.5\u2028'), '٣'.isdigit(), str(int('٣')))
for bad in ('²', '½', 'Ⅻ', '①'):
    try:
        print(int(bad))
    except ValueError as e:
        print('ValueError:', e)

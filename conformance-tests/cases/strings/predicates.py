# The str.isX family follows CPython's Unicode database.
samples = ["abc", "abc123", "123", "١٢٣", "²³", "½", "一二三", "Ⅻ", "", " ", "\t\n", "\u00a0", "a b", "_x1", "1x",
           "if", "é", "x\u0301", "\u200b", "ascii", "ascïi", "tab\t", "\x7f", "ǅ", "Ab Cd", "ab", "AB"]
def flags(s):
    return [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
            s.isidentifier(), s.isascii(), s.isprintable(), s.islower(), s.isupper(), s.istitle()]
for s in samples:
    out = ""
    for f in flags(s):
        if f:
            out = out + "1"
        else:
            out = out + "0"
    print(repr(s), out)

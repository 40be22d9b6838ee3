# isdecimal, isdigit and isnumeric on Unicode digits, fractions and numerals.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("123", "١٢٣", "०१२", "²", "①", "½", "Ⅻ", "五", "𝟘", "３", "", "1.5", "-1", "٣x", "⑴", "፩", "𐄇"):
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())

# translate with every kind of table value and maketrans with one, two and three arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 74}))
print("hello".translate({}), "abc".translate({97: "xyz"}), "abc".translate([None, "q"] * 60))
t1 = str.maketrans({"a": "1", "b": None, 99: "33"})
print(sorted(t1.items()))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print(str.maketrans("", ""), str.maketrans("", "", ""), "".maketrans("😀", "x"))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))

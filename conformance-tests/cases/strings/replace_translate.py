# replace (with counts and the empty pattern), translate, maketrans, removeprefix/removesuffix.
s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("na", ""), s.replace("", "-"), s.replace("", "-", 3))
print(s.replace("x", "y"), "".replace("", "z"), s.replace("a", "😀", 0))
table = str.maketrans("abc", "xyz", "n")
print(sorted(table.items()))
print("abcnabc".translate(table))
print("hello".translate({104: "J", 101: None, 108: 76}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"), "abc".removesuffix(""))

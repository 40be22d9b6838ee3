# Sets of strings iterate in CPython's order (recorded with PYTHONHASHSEED=0, Terrarium's fixed key).
words = set("the quick brown fox jumps over the lazy dog".split())
print(words)
print(set("abracadabra"), frozenset(["é", "ü", "😀", "x"]))
print(hash("abc"), hash(""), hash("é"), hash("😀"))
words.discard("fox")
words.add("cat")
print(words, sorted(words))

# in / not in over lists, strings and dict keys (beyond the first slice).
a = [1, 2, [3]]
print(2 in a)
print(5 in a)
print(5 not in a)
print([3] in a)
print(1.0 in a)
print("ell" in "hello")
print("" in "abc")
print("z" not in "abc")
d = {"a": 1, 2: "b"}
print("a" in d, 1 in d, 2 in d)
counts = {}
for w in ["a", "b", "a", "c", "b", "a"]:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)

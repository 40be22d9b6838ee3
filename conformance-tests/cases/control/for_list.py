# for over lists and strings; the loop variable keeps its last value.
for x in [3, "two", 1.0, None, True]:
    print(x)
words = ["alpha", "beta", "gamma"]
joined = ""
for w in words:
    joined = joined + w[0]
print(joined)
for ch in "hey":
    print(ch)
print(w)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v * 10)

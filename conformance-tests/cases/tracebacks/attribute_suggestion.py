# conformance: full-stderr
words = ["b", "a"]
words.sort()
print(words)
words.apend("c")

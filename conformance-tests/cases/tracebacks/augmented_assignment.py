# conformance: full-stderr
counts = {"a": 1}
counts["a"] += 1
print(counts)
counts["a"] += "x"

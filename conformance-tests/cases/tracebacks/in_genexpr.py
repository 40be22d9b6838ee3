# conformance: full-stderr
values = [1, 0]
print(list(10 // v for v in values))

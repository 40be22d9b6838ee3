# conformance: full-stderr
table = {"a": [1, 2, 3]}
row = table["a"]
print(row[1])
value = row[0] + row[10]

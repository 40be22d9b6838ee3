# Iterating a dict yields keys in insertion order.
d = {"zebra": 1, "apple": 2, "mango": 3}
for k in d:
    print(k, d[k])
d["banana"] = 4
d["zebra"] = 5
for k in d:
    print(k, d[k])

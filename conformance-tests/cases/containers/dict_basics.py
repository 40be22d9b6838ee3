# Dict literals keep insertion order; indexing, item assignment and update-in-place.
d = {"a": 1, "b": 2}
print(d)
print(d["a"])
d["c"] = 3
d["a"] = 100
print(d)
print(len(d))
print({})
print(repr({}))
e = {1: "one", 2.5: "float key", "k": [1, 2], None: None, True: "bool"}
print(e)
print(e[1])
print(e[2.5])
print(e[None])
f = {1: "int", 1.0: "float wins value"}
print(f)
g = {2 ** 100: "big"}
print(g[2 ** 100])
h = {"x": {"y": {"z": 0}}}
h["x"]["y"]["z"] = 42
print(h)

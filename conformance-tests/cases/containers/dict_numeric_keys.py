# Equal numbers are the same dict key: 1, 1.0 and True collide; the first key object is kept.
d = {1: "a", 1.0: "b", True: "c"}
print(d)
print(len(d))
e = {}
e[0] = "zero"
e[0.0] = "float zero"
e[False] = "false"
print(e)
f = {}
f[2 ** 64] = "big"
f[float(2 ** 64)] = "float of big"
print(f)
print(f[2 ** 64])
g = {-1: "neg", -2: "neg2"}
print(g[-1], g[-2])

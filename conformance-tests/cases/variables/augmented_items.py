# Augmented assignment to list and dict items evaluates the container and key once.
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
print(xs)
d = {"count": 0}
d["count"] += 1
d["count"] += 1
print(d)

def key(k):
    print("key", k)
    return k

d[key("count")] += 40
print(d["count"])

# Parameters of every kind: defaults, *args, keyword-only, **kwargs, positional-only; unpacking in calls; their errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3), g(1, 2, 3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, *[2, 3], *(4,), k=1, **{"m": 2}))
nums = [3, 1, 2]
print(max(*nums), sorted(nums, **{"reverse": True}))
def kwonly(*, flag=False, level):
    return flag, level
print(kwonly(level=3))
for call in [lambda: f(), lambda: f(1), lambda: g(1, y=2, z=3), lambda: kwonly(1, level=2), lambda: h(**{1: 2}),
             lambda: f(1, c=1, **{"c": 2}), lambda: g(*5), lambda: kwonly(level=1, other=2), lambda: f(1, 2, c=3, a=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, *parts, sep="-"):
        self.text = sep.join(parts)
print(K("a", "b", sep="+").text, K().text)

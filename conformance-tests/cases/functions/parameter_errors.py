# CPython's messages for calls that do not fit the signature.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(),
    lambda: f(1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as err:
        print(err)


def g(*args, **kwargs):
    return args, kwargs


print(g(1, 2, x=3), g(*[1, 2], **{'y': 4}), g())


def h(x, y=[]):
    y.append(x)
    return y


print(h(1), h(2), h(3, []), h.__defaults__)
try:
    g(**{1: 2})
except TypeError as err:
    print(err)
try:
    f(1, 2, 3, **{'d': 1}, d=2)
except TypeError as err:
    print(err)

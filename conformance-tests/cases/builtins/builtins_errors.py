# Error types and messages of the iterator and attribute builtins.
def show0(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show1(f, a):
    try:
        print(repr(f(a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show2(f, a, b):
    try:
        print(repr(f(a, b)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show3(f, a, b, c):
    try:
        print(repr(f(a, b, c)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show0(enumerate)
show1(enumerate, 1)
show3(enumerate, [1], 2, 3)
show2(enumerate, [1], 1.5)
show1(zip, 1)
show1(map, len)
show0(map)
show1(filter, None)
show3(filter, None, [1], [2])
show1(reversed, 1)
show1(reversed, set())
show0(reversed)
show2(iter, 1, 2)
show3(iter, len, 1, 2)
show0(iter)
show0(id)
show0(ascii)
show2(issubclass, 1, int)
show2(issubclass, int, 1)
show1(getattr, 1)
show2(getattr, 1, "x")
show2(getattr, 1, 2)
show2(hasattr, 1, 2)
show3(setattr, 1, "x", 2)
show2(delattr, 1, "x")
show2(sum, ["a"], "")
show2(sum, [1], [])
show0(sum)
show1(list, zip([1, 2], [1], strict=True))
show1(list, zip([1], [1, 2], strict=True))
show1(list, zip([1], [1], [1, 2], strict=True))
show1(list, map(len, [1]))
try:
    enumerate([1], x=1)
except TypeError as e:
    print(e)
try:
    zip([1], x=1)
except TypeError as e:
    print(e)
try:
    map(len, [1], x=1)
except TypeError as e:
    print(e)
try:
    sum([1], 2, start=3)
except TypeError as e:
    print(e)
try:
    sum([1], x=3)
except TypeError as e:
    print(e)
print(sum([1, 2], start=10), list(enumerate(start=3, iterable="ab")))

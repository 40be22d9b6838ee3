# Error types and messages of set and frozenset.
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


def or_(a, b):
    return a | b


def lt(a, b):
    return a < b


def inplace_sub(a, b):
    a -= b
    return a


show2(set, 1, 2)
show1(set, 1)
show2(frozenset, 1, 2)
show1(frozenset, None)
show1(set([1]).remove, 5)
show1(set([1]).remove, (1, 2))
show0(set().pop)
show1(set().add, [1])
show2(set().add, 1, 2)
show1(set([1]).pop, 1)
show1(set().union, 1)
show1(set().issubset, 3)
show1(set().update, [[1]])
show2(set.add, 1, 2)
show2(or_, set(), [1])
show2(or_, frozenset(), "a")
show2(lt, set(), [1])
show2(inplace_sub, set([1]), [1])
show1(hash, set())
show1(hash, frozenset([1, 2]))
show1(set([1]).discard, [2])
show1(set([frozenset([1])]).remove, set([1]))
show1(set([1, 2]).__contains__, set([1]))

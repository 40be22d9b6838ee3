# index/count/remove/pop/insert of lists, with their messages and out-of-range behaviour.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

xs = [1, 2, 3, 2, 1, 'a', 2.0]
t(lambda: xs.index(2))
t(lambda: xs.index(2, 2))
t(lambda: xs.index(2, -3))
t(lambda: xs.index(2, 2, 3))
t(lambda: xs.index(1, -100, 100))
t(lambda: xs.index(9))
t(lambda: xs.index('b'))
t(lambda: xs.index(None))
t(lambda: xs.index())
t(lambda: xs.count(2))
t(lambda: xs.count(True))
t(lambda: xs.count())
ys = [1, 2, 3]
t(lambda: ys.remove(5))
t(lambda: ys.remove(2) or ys)
t(lambda: [].pop())
t(lambda: ys.pop(10))
t(lambda: ys.pop(-10))
t(lambda: ys.pop('0'))
t(lambda: ys.pop(-1))
for i in (-100, -1, 0, 1, 100):
    zs = [1, 2, 3]
    zs.insert(i, 'x')
    print(i, zs)
t(lambda: ys.insert(1))
t(lambda: ys.insert('a', 1))
t(lambda: ys.append(1, 2))
t(lambda: ys.extend(5))
t(lambda: ys.extend('ab') or ys)
t(lambda: [1, 2].index(1, 'a'))
t(lambda: [1, 2].index(3, 0, 2**100))

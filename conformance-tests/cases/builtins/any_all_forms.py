# any and all short-circuit, accept any iterable, and return bools.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: any([]))
t(lambda: all([]))
t(lambda: any([0, '', None]))
t(lambda: any([0, 'x']))
t(lambda: all([1, 'x', [0]]))
t(lambda: all([1, 0, 2]))
t(lambda: any('abc'))
t(lambda: all(x > 0 for x in range(1, 5)))
t(lambda: any({0: 'a'}))
t(lambda: any(5))
t(lambda: all())
t(lambda: any([1], [2]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
t(lambda: type(any([1])).__name__)
class Bad:
    def __bool__(self):
        raise ValueError('no truth')
t(lambda: any([Bad()]))
class Weird:
    def __bool__(self):
        return 2
t(lambda: all([Weird()]))
class Lenny:
    def __len__(self):
        return 0
t(lambda: any([Lenny()]))

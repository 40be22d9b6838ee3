# Guest iterator classes with __iter__/__next__ drive for, list(), sum(), zip(), unpacking and in.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c, 2 in Countdown(3), 9 in Countdown(3))
print(list(zip(Countdown(3), 'abc')), dict(enumerate(Countdown(2))), tuple(map(str, Countdown(2))))
class Repeatable:
    def __iter__(self):
        yield from range(3)
r = Repeatable()
print(list(r), list(r), set(r), [x * 2 for x in r], any(x > 1 for x in r))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration as e:
    print('StopIteration', e.args)
class NotAnIterator:
    def __iter__(self):
        return [1, 2]
try:
    list(NotAnIterator())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)

# A StopIteration raised by a class's __next__: swallowed by for loops and list(), seen with
# its traceback when it escapes (next() outside a loop, chaining from a handler).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Chaining:
    def __iter__(self):
        return self

    def __next__(self):
        try:
            raise StopIteration('inner')
        except StopIteration as e:
            raise ValueError('converted') from e


total = 0
for _ in range(1000):
    for x in Countdown(3):
        total += x
print(total, list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)))
it = Countdown(1)
print(next(it), next(it, 'default'))
try:
    list(Chaining())
except ValueError as e:
    print(repr(e), repr(e.__cause__))
next(Countdown(0))

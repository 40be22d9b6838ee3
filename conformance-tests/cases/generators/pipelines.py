# Generator pipelines: lazy stages, infinite sources cut short, and stage exceptions.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def evens(it):
    return (x for x in it if x % 2 == 0)


def squares(it):
    for x in it:
        yield x * x


print(list(take(5, squares(evens(numbers())))))


def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def fails_at(n):
    for i in range(10):
        if i == n:
            raise ValueError(f'stage failed at {i}')
        yield i


it = squares(fails_at(2))
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print(e)
print(list(it))
print(sum(take(1000, numbers())), list(zip(take(3, numbers()), 'abc')))

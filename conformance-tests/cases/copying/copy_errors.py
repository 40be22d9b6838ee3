# Objects the copy protocol cannot rebuild, and copy.Error.
import copy
import sys


def gen():
    yield 1


def attempt(f, value):
    try:
        f(value)
    except Exception as e:
        print(f.__name__, type(value).__name__, type(e).__name__ + ':', e)
    else:
        print(f.__name__, type(value).__name__, 'ok')


for value in [gen(), sys, (x for x in ()), iter(gen())]:
    attempt(copy.copy, value)
    attempt(copy.deepcopy, value)
for value in [len, (lambda: 0), property(), object(), None, Ellipsis, NotImplemented, int, type]:
    attempt(copy.copy, value)
    attempt(copy.deepcopy, value)
attempt(copy.deepcopy, [1, gen()])
attempt(copy.deepcopy, {'k': sys})
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


attempt(copy.copy, NoReduce())
attempt(copy.deepcopy, NoReduce())


class BadReduce:
    def __reduce_ex__(self, proto):
        raise ValueError('refused %d' % proto)


attempt(copy.copy, BadReduce())
attempt(copy.deepcopy, BadReduce())


class ShortReduce:
    def __reduce__(self):
        return (ShortReduce,)


attempt(copy.copy, ShortReduce())
try:
    copy.copy(NoReduce())
except copy.Error as e:
    print('caught copy.Error:', e)

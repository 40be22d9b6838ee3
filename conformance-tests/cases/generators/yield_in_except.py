# yield inside except clauses and finally bodies: the exception being handled is set aside
# while the generator is suspended and handled again when it resumes.
import sys


def recover(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError as e:
            yield 'handled ' + str(e)
            # a bare raise after resuming re-raises the handled exception
            if item == 0 and len(items) > 3:
                raise


print(list(recover([1, 0, 5])))
try:
    list(recover([1, 0, 5, 7]))
except ZeroDivisionError as e:
    print('re-raised:', e)


def outer_sees_own_exception():
    try:
        raise KeyError('inner')
    except KeyError:
        yield 'suspended in handler'
        yield 'still in handler'


g = outer_sees_own_exception()
print(next(g))
try:
    raise ValueError('caller')
except ValueError:
    # The caller's own handled exception is not disturbed by the generator's.
    print(next(g))
    try:
        raise
    except ValueError as e:
        print('caller re-raises its own:', e)


def in_finally():
    try:
        yield 1
    finally:
        yield 'cleanup'
        print('finally done')


print(list(in_finally()))


def finally_for_exception():
    try:
        raise TypeError('boom')
    finally:
        yield 'in finally while TypeError propagates'


g = finally_for_exception()
print(next(g))
try:
    next(g)
except TypeError as e:
    print('propagated:', e)


def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 'x'
        raise RuntimeError('during handling')


g = chained()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)


def thrown_into_handler():
    try:
        raise IndexError('first')
    except IndexError:
        try:
            yield 'waiting'
        except KeyError as k:
            print('caught thrown', repr(k), 'context', repr(k.__context__))
            yield 'after throw'


g = thrown_into_handler()
print(next(g))
print(g.throw(KeyError('sent')))


def closed_in_handler():
    try:
        raise OSError('x')
    except OSError:
        try:
            yield 1
        finally:
            print('closing from handler')


g = closed_in_handler()
next(g)
g.close()
print('done')

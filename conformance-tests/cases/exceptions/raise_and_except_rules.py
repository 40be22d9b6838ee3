# raise/except rules: raising classes vs instances, non-exceptions, except with tuples and
# non-exception classes, re-raise, exception variable cleared after except, finally ordering,
# return in finally, and exceptions from __init__ of exception classes.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ':', e)
def r1(): raise ValueError
def r2(): raise 5
def r3(): raise object
def r4(): raise TypeError('a') from 5
def r5(): raise
class NotExc: pass
def r6(): raise NotExc()
def r7(): raise KeyError from ValueError
for f in (r1, r2, r3, r4, r5, r6, r7):
    attempt(f)
try:
    raise KeyError('x')
except (TypeError, LookupError) as e:
    print('caught by tuple', type(e).__name__, isinstance(e, LookupError))
def bad_clause():
    try:
        raise ValueError('v')
    except 5:
        pass
attempt(bad_clause)
def bad_tuple():
    try:
        raise ValueError('v')
    except (ValueError, int):
        print('matched first member')
attempt(bad_tuple)
try:
    raise ValueError('kept')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print('NameError:', e)
def order():
    log = []
    try:
        try:
            log.append('try')
            raise RuntimeError('r')
        finally:
            log.append('finally-inner')
    except RuntimeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally-outer')
    return log
print(order())
def finally_wins():
    try:
        return 'try'
    finally:
        return 'finally'
def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError('lost')
        finally:
            break
    return 'swallowed'
print(finally_wins(), finally_swallows())
def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return 'reraised ' + str(e)
print(reraise())
class Strange(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
try:
    raise Strange(1, 2)
except Strange as e:
    print(e.args, e.a, str(e), repr(e))
attempt(lambda: (_ for _ in ()).throw(ValueError('thrown')))
attempt(lambda: next(iter(())))
g = (x for x in [1])
next(g)
attempt(lambda: next(g))
print(isinstance(ValueError(), Exception), issubclass(ValueError, (KeyError, Exception)), ValueError('a') == ValueError('a'), ValueError.__name__, ValueError.__qualname__, ValueError.__module__)

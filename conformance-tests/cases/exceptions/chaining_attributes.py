# __cause__, __context__ and __suppress_context__ as raise, raise from and handlers set them.
def show(e):
    print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__),
          '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('from none') from None
except ValueError as e:
    show(e)
try:
    raise KeyError('k') from TypeError('t')
except KeyError as e:
    show(e)
e = ValueError('fresh')
show(e)
e.__cause__ = KeyError('manual')
show(e)
e.__suppress_context__ = False
e.__context__ = IndexError('ctx')
show(e)
try:
    e.__cause__ = 'not an exception'
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise ValueError('x') from 5
except TypeError as t:
    print(type(t).__name__, t)
try:
    try:
        raise KeyError('inner')
    finally:
        pass
except KeyError as k:
    show(k)
def reraise():
    try:
        raise ValueError('original')
    except ValueError as v:
        try:
            raise TypeError('second')
        except TypeError:
            raise v
try:
    reraise()
except ValueError as v:
    show(v)
try:
    raise ValueError('class form') from KeyError
except ValueError as v:
    show(v)

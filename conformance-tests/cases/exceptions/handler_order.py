# except clauses are tried in order; the first matching class (or tuple) wins; bare except; else.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arithmetic'
    except Exception as e:
        return 'other ' + type(e).__name__
    except BaseException:
        return 'base'


for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit()]:
    print(classify(exc))


def with_else(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        return 'handled'
    else:
        return 'no exception'
    finally:
        print('finally for', fail)


print(with_else(True), with_else(False))
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('not here')
except TypeError as e:
    print('outer caught', e)
try:
    raise LookupError('base class')
except KeyError:
    print('KeyError does not catch LookupError')
except LookupError as e:
    print('LookupError', e)
e = 'kept?'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('the as name is deleted after the handler:', err)

# except clauses match by class, base class or tuple; the first match wins; errors in matching.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [KeyError('k'), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeDecodeError('utf-8', b'x', 0, 1, 'r'), ModuleNotFoundError(), StopIteration()]:
    print(classify(exc))
try:
    try:
        raise SystemExit(3)
    except Exception:
        print('not here')
except BaseException as e:
    print('base', type(e).__name__, e.code)
try:
    try:
        raise ValueError('v')
    except 'not a class':
        print('no')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 5):
        print('tuple with junk matched first')
except TypeError as e:
    print(type(e).__name__, e)
e_name = None
try:
    raise KeyError('x')
except KeyError as e_name:
    pass
try:
    print(e_name)
except NameError as e:
    print(type(e).__name__, e)

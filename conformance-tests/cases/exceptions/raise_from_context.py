# raise ... from, implicit context, __suppress_context__, and how each prints.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError(404, f'no {key}') from e


try:
    load('x')
except AppError as e:
    print(e.code, e, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('implicit')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
print(issubclass(AppError, Exception), AppError.__mro__[1].__name__, AppError(1, 'm').args)
load('final')

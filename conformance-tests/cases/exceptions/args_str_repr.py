# str and repr of exceptions with zero, one and several arguments; args is always a tuple.
for cls in (Exception, ValueError, KeyError, IndexError, OSError, StopIteration, AttributeError, UnicodeError, SystemExit):
    for args in [(), ('msg',), (42,), ('a', 'b'), ((1, 2),), (None,), ('',)]:
        e = cls(*args)
        print(cls.__name__, repr(args), '|', str(e), '|', repr(e), '|', e.args)
e = ValueError('x')
e.args = ('changed', 2)
print(str(e), repr(e))
e.args = ['list']
print(e.args, type(e.args).__name__)
class MyError(Exception):
    pass
print(repr(MyError()), repr(MyError('a', 1)), str(MyError('only')))
class WithInit(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
w = WithInit(7)
print(repr(w), str(w), w.args, w.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), str(n), n.args)
class CustomStr(Exception):
    def __str__(self):
        return 'custom!'
print(repr(CustomStr('x')), str(CustomStr('x')))
try:
    raise CustomStr('y')
except Exception as exc:
    print(type(exc).__name__, exc)

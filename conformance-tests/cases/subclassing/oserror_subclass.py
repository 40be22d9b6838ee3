# User subclasses of OSError parse errno, strerror and filename from their arguments as OSError
# does; overriding __init__ moves that parsing to OSError.__init__.
class StoreError(OSError):
    pass


e = StoreError(2, 'No such file', 'data.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
short = StoreError('just a message')
print(short.errno, short.strerror, short.filename, short.args, str(short))


class Missing(FileNotFoundError):
    def __init__(self, path):
        super().__init__(2, 'missing', path)
        self.path = path


m = Missing('x.cfg')
print(m.errno, m.strerror, m.filename, m.args, str(m), m.path, isinstance(m, OSError))
try:
    raise Missing('y.cfg')
except FileNotFoundError as caught:
    print('caught', caught)


class Quiet(OSError):
    def __init__(self, *args):
        pass


q = Quiet(13, 'denied')
print(q.errno, q.args, str(q))


class Plain(ValueError):
    def __init__(self, value):
        super().__init__(f'bad value {value!r}')
        self.value = value


p = Plain(3)
print(p, p.args, p.value, repr(p))
try:
    raise StoreError(5, 'I/O failure')
except OSError as err:
    print(type(err).__name__, err)
raise StoreError(1, 'not permitted', 'a', None, 'b')

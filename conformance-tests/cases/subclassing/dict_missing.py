# __missing__ is called by d[k] only: not by get(), in, setdefault() or pop().
class Defaulting(dict):
    def __missing__(self, key):
        print('missing', repr(key))
        return len(key)


d = Defaulting(one=1)
print(d['one'], d['three'], d)
print(d.get('four'), 'four' in d, d.setdefault('five', 5), d.pop('six', None))
print(d)


class Memo(dict):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


squares = Memo(lambda n: n * n)
print(squares[4], squares[5], squares, squares.fn(3))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError('no ' + key)


try:
    Strict()['x']
except KeyError as e:
    print('KeyError', e)


class NoMissing(dict):
    pass


try:
    NoMissing(a=1)['b']
except KeyError as e:
    print('KeyError', e)
print(dict.__getitem__(Defaulting(), 'abc'))

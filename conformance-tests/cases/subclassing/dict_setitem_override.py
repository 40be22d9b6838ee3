# An overridden __setitem__ is used by d[k] = v, not by dict's own update() or __init__.
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key.upper())


u = Upper(a=1)
u['b'] = 2
u.update(c=3)
u.setdefault('d', 4)
print(u)
del u['b']
print(u, len(u), 'A' in u, u.get('a'))


class Validating(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __setitem__(self, key, value):
        if not isinstance(value, int):
            raise TypeError(f'{key}: not an int: {value!r}')
        super().__setitem__(key, value)


v = Validating({'x': 1}, y=2)
print(v)
try:
    v['z'] = 'three'
except TypeError as e:
    print('TypeError', e)
try:
    Validating(w=[])
except TypeError as e:
    print('TypeError', e)
print(v, type(v.copy()), v.copy() == v, v | {'q': 1}, type(v | {'q': 1}))

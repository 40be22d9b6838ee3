# dict(d), update(d) and f(**d) read a dict subclass's storage directly, unless the class
# overrides __iter__: then they use keys() and __getitem__. list(d) iterates.
class Quiet(dict):
    def __getitem__(self, key):
        print('getitem', key)
        return super().__getitem__(key)


class Loud(Quiet):
    def __iter__(self):
        print('iter')
        return super().__iter__()

    def keys(self):
        print('keys')
        return super().keys()

    def __len__(self):
        print('len')
        return super().__len__()


def f(**kwargs):
    return kwargs


for cls in (Quiet, Loud):
    print('--', cls.__name__)
    d = cls(a=1, b=2)
    print(dict(d))
    e = {'z': 0}
    e.update(d)
    print(e)
    print(f(**d))
    print(list(d))
    print(sorted(d))
    print({**d})
    print(d['a'])

class Rev(list):
    def __reversed__(self):
        print('own __reversed__')
        return iter([0])


print(list(reversed(Rev([1, 2]))), list(reversed(type('L', (list,), {})([1, 2]))))


class Counted(tuple):
    def __iter__(self):
        for x in super().__iter__():
            yield x * 100


c = Counted((1, 2))
print(list(c), c, c[0], sum(c), tuple(c), type(tuple(c)).__name__, max(c))


class Keys(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))


k = Keys(b=1, a=2)
print(list(k), k, list(k.keys()), [x for x in k], dict(k))

class Sized(list):
    def __len__(self):
        return 10

    def __contains__(self, item):
        return item == 'anything'


s = Sized([1])
print(len(s), bool(s), 1 in s, 'anything' in s, list.__len__(s), list.__contains__(s, 1), s)


class Falsy(dict):
    def __bool__(self):
        return False


print(bool(Falsy(a=1)), 'empty' if not Falsy(a=1) else 'full', len(Falsy(a=1)))


class BadLen(tuple):
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)


class StrLen(str):
    def __len__(self):
        return 'x'


try:
    len(StrLen('a'))
except TypeError as e:
    print('TypeError', e)


class BadBool(int):
    def __bool__(self):
        return 1


try:
    bool(BadBool(1))
except TypeError as e:
    print('TypeError', e)

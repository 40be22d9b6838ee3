# __eq__ without __hash__ makes a subclass unhashable; __hash__ = None too; __hash__ overrides.
class EqList(list):
    def __eq__(self, other):
        return len(self) == len(other)


print(EqList([1]) == [2], [2] == EqList([1]), EqList([1]) != [2], EqList() == [])


class EqStr(str):
    def __eq__(self, other):
        return True


try:
    hash(EqStr('a'))
except TypeError as e:
    print('TypeError', e)
try:
    {EqStr('a'): 1}
except TypeError as e:
    print('TypeError', e)


class NoHashInt(int):
    __hash__ = None


try:
    hash(NoHashInt(1))
except TypeError as e:
    print('TypeError', e)


class ConstHash(tuple):
    def __hash__(self):
        return 42


print(hash(ConstHash((1,))), {ConstHash((1,)): 'v'}.get((1,)), hash(ConstHash()) == 42)


class BadHash(str):
    def __hash__(self):
        return 'nope'


try:
    hash(BadHash('x'))
except TypeError as e:
    print('TypeError', e)
for unhashable in (type('D', (dict,), {})(), type('L', (list,), {})(), type('S', (set,), {})()):
    try:
        hash(unhashable)
    except TypeError as e:
        print('TypeError', e)

# Several levels of subclasses, mixins before the built-in, and super() through them all.
class Base(dict):
    def __setitem__(self, key, value):
        print('Base set', key)
        super().__setitem__(key, value)


class Middle(Base):
    def __setitem__(self, key, value):
        print('Middle set', key)
        super().__setitem__(key, value * 2)


class Leaf(Middle):
    def __repr__(self):
        return 'Leaf' + super().__repr__()


leaf = Leaf()
leaf['a'] = 1
print(leaf, leaf['a'], Leaf.__mro__)


class LoggingMixin:
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)


class LoggedList(LoggingMixin, list):
    pass


class LoggedDict(LoggingMixin, dict):
    pass


ll = LoggedList([5, 6])
print(ll[1], LoggedDict(k='v')['k'], LoggedList.__mro__)


class ListAfterMixin(list, LoggingMixin):
    pass


print(ListAfterMixin([7])[0])


class A(list):
    def describe(self):
        return 'A' + str(len(self))


class B(A):
    def describe(self):
        return 'B>' + super().describe()


class C(B):
    def describe(self):
        return 'C>' + super().describe()


print(C([1, 2]).describe(), isinstance(C(), A), issubclass(C, list), C.__base__.__name__)

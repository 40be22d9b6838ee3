# super().__str__() of a dict subclass reaches object.__str__, which is repr(self); mutable
# built-ins have __hash__ = None, so super().__hash__() is not callable.
class D(dict):
    def __str__(self):
        return 'D:' + super().__str__()
    def __repr__(self):
        return 'R' + super().__repr__()
print(D(a=1), str(D()), repr(D(b=2)), object.__str__(D(c=3)))
class L(list):
    def __hash__(self):
        return 7
print(hash(L()), '__hash__' in list.__dict__, list.__hash__, dict.__hash__ is None)
try:
    class M(list):
        def __hash__(self):
            return super().__hash__()
    hash(M())
except TypeError as e:
    print('TypeError', e)
class I(int):
    def __repr__(self):
        return 'I' + super().__repr__()
print(I(3), str(I(3)), [I(4)])

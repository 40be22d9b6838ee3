# C3 linearization and cooperative super() through a diamond; MRO conflicts.
class Base:
    def hello(self):
        return ['Base']


class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()


class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()


print(Child().hello(), [c.__name__ for c in Child.__mro__])
print(super(Left, Child()).hello())


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


try:
    class Z(A, B):
        pass
except TypeError as e:
    print(e)


class Init:
    def __init__(self):
        self.calls = ['Init']


class Mixin(Init):
    def __init__(self):
        super().__init__()
        self.calls.append('Mixin')


class Final(Mixin):
    def __init__(self):
        super().__init__()
        self.calls.append('Final')


print(Final().calls, isinstance(Final(), Init), issubclass(Final, (str, Mixin)))

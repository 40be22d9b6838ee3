class Base:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"I am {self.name} ({self.kind()})"
    def kind(self):
        raise NotImplementedError("subclasses must implement kind")

class A(Base):
    def kind(self):
        return "A"
class B(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def kind(self):
        return "B+" + str(self.extra)
class C(A, B):
    def __init__(self):
        B.__init__(self, "c", 42)
class D(B): pass

for o in [A("a"), B("b", 1), C(), D("d", 2)]:
    print(o.describe())
print([k.__name__ for k in C.__mro__])
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
class M1:
    def who(self): return "M1"
class M2(M1):
    def who(self): return "M2>" + super().who()
class M3(M1):
    def who(self): return "M3>" + super().who()
class M4(M2, M3):
    def who(self): return "M4>" + super().who()
print(M4().who())
print(super(M2, M4()).who())
Base("b").describe()

# Private names (__x) inside classes are mangled to _Class__x, as in CPython.
class A:
    __count = 0
    def __init__(self):
        self.__x = 1
        A.__count += 1
    def get(self):
        return self.__x
    def __helper(self):
        return "helper"
    def call(self):
        return self.__helper()
    @classmethod
    def count(cls):
        return cls.__count
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
b = B()
print(b.get(), sorted(b.__dict__.items()), A.count(), b.call(), b._A__x, b._B__x)
try:
    b.__x
except AttributeError as e:
    print(e)
class _Under:
    def __init__(self):
        self.__v = 3
print(list(_Under().__dict__))

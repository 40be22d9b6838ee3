import io, sys, contextlib, abc, types, textwrap, statistics
from contextlib import contextmanager, suppress, redirect_stdout, nullcontext, ExitStack
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Base(metaclass=abc.ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
print(Impl().name)

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def fn(): pass
print(isinstance(fn, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance((x for x in []), types.GeneratorType), types.NoneType)

# Attributes and methods of type itself, reached from classes and built-in types.
class Meta(type):
    pass

class Base:
    x = 1

class Child(Base, metaclass=Meta):
    pass

class Other(Base):
    pass

print(int.mro(), Child.mro(), type.mro(type))
print(Base.__subclasses__(), bool.__subclasses__(), int.__subclasses__()[:1])
print(Base.__annotations__, Child.__annotations__, "__annotations__" in Child.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    Base.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
print(type.__instancecheck__(int, True), type.__instancecheck__(str, 1), type.__subclasscheck__(int, bool))
print(isinstance(Child(), Base), issubclass(Child, Base), isinstance(1, Meta), Meta.__instancecheck__(Child, Child()))
try:
    type.__subclasscheck__(int, 1)
except TypeError as e:
    print("TypeError", e)
print(type.__prepare__("X", ()), Meta.__prepare__(), type[int], list[int])
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, int.__base__, bool.__mro__)
print(type.__dict__["__name__"], type.__dict__["mro"], repr(int.__dict__["__add__"]))
print(hasattr(type, "__class_getitem__"), Child.__class__, Meta.__class__)

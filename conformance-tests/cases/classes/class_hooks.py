class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
class G:
    def __class_getitem__(cls, item):
        return f'G[{item}]'
print(G[int])
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 3
class C(metaclass=Meta): pass
print(isinstance(3, C), isinstance(4, C))
print(list[int], dict[str, int])
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[int](range(3)), list[int] == list[int], type[int])
print(list[int].__origin__, list[int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class Meta2(type):
    def __subclasscheck__(cls, sub):
        return sub is int
class D(metaclass=Meta2): pass
print(issubclass(int, D), issubclass(str, D), isinstance(D(), D))
def kw(a, *, b=1, c, d=4): pass
print(kw.__kwdefaults__)

# builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


def body():
    local = 'not in the namespace'


C = __build_class__(body, 'C')
print(C, C.__name__, C.__qualname__, C.__module__, C.__bases__, hasattr(C, 'local'))
D = __build_class__(body, 'D', Base, flavour='mint')
print(D.__bases__, isinstance(D(), Base))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, bases, sorted(kw))
        return super().__new__(mcls, name, bases, ns)


E = __build_class__(body, 'E', metaclass=Meta)
print(type(E).__name__, E.__name__)
F = __build_class__(body, 'F', E)
print(type(F).__name__)
for args in [(), (body,), (len, 'X'), (body, 5), (lambda x: None, 'Y')]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print('TypeError', e)
print(callable(__build_class__), type(__build_class__).__name__)

# copyreg: dispatch_table (consulted by copy), pickle(), constructor(), the extension registry
# and the helpers object.__reduce_ex__ names.
import copy
import copyreg

print(copyreg.__all__)
print(sorted(n for n in dir(copyreg) if not n.startswith('__')))
print(type(copyreg.dispatch_table).__name__, complex in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](1 + 2j))
print(copyreg.pickle_complex(3j))
print(copyreg._HEAPTYPE)


class P:
    def __init__(self, x):
        self.x = x


copyreg.pickle(P, lambda o: (P, (o.x * 100,)))
print(copy.copy(P(2)).x, copy.deepcopy(P(3)).x)
del copyreg.dispatch_table[P]
print(copy.copy(P(2)).x)
copyreg.pickle(P, lambda o: 'P_GLOBAL')
p = P(1)
print(copy.copy(p) is p)
del copyreg.dispatch_table[P]
for args in [(P, 5), (P, lambda o: 0, 5)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print('TypeError:', e)
print(copyreg.constructor(len))

copyreg.add_extension('mod', 'name', 300)
copyreg.add_extension('mod', 'name', 300)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in [('mod', 'other', 300), ('mod', 'name', 301), ('mod', 'name', 0), ('mod', 'name', 2 ** 31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
copyreg._extension_cache[300] = 'cached'
copyreg.remove_extension('mod', 'name', 300)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
try:
    copyreg.remove_extension('mod', 'name', 300)
except ValueError as e:
    print('ValueError:', e)
copyreg._extension_cache[1] = 2
copyreg.clear_extension_cache()
print(copyreg._extension_cache)


class L(list):
    pass


class I(int):
    pass


class Kw:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.got = (args, kwargs)
        return self


print(copyreg.__newobj__(L, [1, 2]), type(copyreg.__newobj__(L)).__name__, copyreg.__newobj_ex__(I, (7,), {}))
print(copyreg.__newobj_ex__(Kw, (1,), {'k': 2}).got)
print(copyreg._reconstructor(L, list, [3]), type(copyreg._reconstructor(L, list, [3])).__name__)


class S:
    __slots__ = ('a', '__b', '__weakref__')


class T(S):
    __slots__ = 'c'


class U(T):
    pass


print(copyreg._slotnames(S), copyreg._slotnames(T), copyreg._slotnames(U), copyreg._slotnames(P))
print(S.__slotnames__, U.__dict__['__slotnames__'])
print(copyreg._slotnames(int))
print(type(copyreg._reduce_ex).__name__, copyreg._reduce_ex(P(4), 0)[1][:2])
func, (op, args) = copyreg.pickle_union(int | str)
print(func.__name__, op.__name__, args, func(op, args))
print(copy.copy(int | str), copy.deepcopy(int | None))

# type.__dict__ and dict views' mapping are read-only mappingproxy views (types.MappingProxyType).
import types

print(type(int.__dict__), type(int.__dict__) is types.MappingProxyType)
proxy = types.MappingProxyType({'a': 1, 'b': 2})
print(proxy, repr(proxy), str(proxy), len(proxy), proxy['a'], 'a' in proxy, 'z' in proxy, list(proxy))
print(proxy.get('a'), proxy.get('z'), proxy.get('z', 0), proxy.keys(), proxy.values(), proxy.items())
copied = proxy.copy()
print(type(copied).__name__, copied, proxy | {'c': 3}, {'c': 3} | proxy, list(reversed(proxy)))
print(proxy == {'a': 1, 'b': 2}, proxy != {'a': 1})
for action in ["proxy['a'] = 5", "del proxy['a']", 'proxy |= {}', 'types.MappingProxyType([1, 2])',
               'types.MappingProxyType(5)', 'proxy.x = 1', 'proxy.clear()']:
    try:
        exec(action)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
source = {'k': 1}
live = types.MappingProxyType(source)
source['j'] = 2
print(live, len(live))


class C:
    x = 1

    def m(self):
        pass


d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, 'missing' in d, sorted(k for k in d if not k.startswith('__')))
try:
    d['x'] = 2
except TypeError as e:
    print('TypeError', e)
print(vars(C)['x'], type(vars(C)).__name__, d['__module__'])
base = {'one': 1, 'two': 2}
for view in (base.keys(), base.values(), base.items()):
    m = view.mapping
    print(type(view).__name__, type(m).__name__, m, m['one'], m == base)
print(types.MappingProxyType.__name__, types.MappingProxyType[str, int])

# Nested dicts, dicts with self-references and repr of dict views and dicts holding containers.
a = {'list': [1, 2], 'dict': {'inner': (3, 4)}, 'set': {5}, 'fs': frozenset(), 'empty': {}}
print(a)
a['me'] = a
print(a)
print(a.items())
b = {'x': []}
b['x'].append(b)
print(b)
print({1: {2: {3: {4: {}}}}}, {(): [], '': (), 0: {}})
print(str({'quote': "it's", 'dq': 'say "hi"', 'both': 'a\'b"c'}))

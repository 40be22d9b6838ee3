# KeyError shows repr(key) as its str when it has one argument; other arg counts print like any exception.
for args in [(), ('k',), (('a', 1),), ((),), (1, 2), (None,), ('',), ([1],), ({'x': 1},)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e), e.args)
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print('caught', e, e.args, repr(e))
try:
    {}[frozenset()]
except KeyError as e:
    print('caught', e)
try:
    raise KeyError('a', 'b')
except LookupError as e:
    print(type(e).__name__, e)
print(str(IndexError(('a',))), str(LookupError(('a',))))
